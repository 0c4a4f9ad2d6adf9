const { chromium } = require('./node_modules/playwright-core');
(async()=>{const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await (await br.newContext({viewport:{width:400,height:800},acceptDownloads:true})).newPage();
p.on('console',m=>{if(m.type()==='error')console.log('console.error',m.text().slice(0,200))});
await p.goto('http://127.0.0.1:8851/app.html');await p.waitForTimeout(1500);
await p.getByLabel(/汇总单位名称/).fill('县住房和城乡建设局');
const inputs=p.locator('input[type=file]'); const n=await inputs.count(); console.log('file inputs',n);
let target=null; for(let i=0;i<n;i++){ if(await inputs.nth(i).getAttribute('multiple')!==null) target=inputs.nth(i); }
const w=p.waitForEvent('download',{timeout:30000}).catch(()=>null);
await target.setInputFiles(['f1.xlsx','f2.xlsx','f3.xlsx','f_own.xlsx'].map(f=>'./files/'+f));
await p.waitForTimeout(6000);
const d=await w; if(d){await d.saveAs('./out/app_rollup.xlsx');console.log('dl',d.suggestedFilename())}
await p.screenshot({path:'./shots/app-400-rollup.png',fullPage:true});
const t=await p.locator('body').innerText(); const i=t.indexOf('汇总各单位台账'); console.log(t.slice(i,i+1500));
await br.close()})();
