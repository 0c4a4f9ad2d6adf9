const {chromium}=require('playwright-core');
const fs=require('fs');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:1280,height:900},acceptDownloads:true});
const logs=[];p.on('console',m=>{if(m.type()!=='log')logs.push(m.type()+': '+m.text())});p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8834/app.html');await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/out/a-up.xlsx');await p.waitForTimeout(2500);
await p.getByRole('button',{name:'预览下一期'}).click();await p.waitForTimeout(3000);
let t=await p.innerText('body');let i=t.indexOf('开始下一期');console.log('=== next\n'+t.slice(i,i+2500));
await p.screenshot({path:'./files/shots/next.png',fullPage:true});
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'(disabled)':'')).filter(Boolean));console.log('BUTTONS',JSON.stringify(btns));
// rollup
await p.getByLabel(/汇总单位名称/).fill('城南街道办事处');
const fi=await p.$$('input[type=file]');console.log('inputs',fi.length);
const dir='./files/in/street/';const files=fs.readdirSync(dir).map(f=>dir+f);
// the rollup input is the last file input accepting multiple
let target=null;for(const f of fi){if(await f.evaluate(e=>e.multiple))target=f;}
const dlP=p.waitForEvent('download',{timeout:15000}).catch(()=>null);
await target.setInputFiles(files);await p.waitForTimeout(5000);
t=await p.innerText('body');i=t.indexOf('汇总各单位台账');console.log('=== rollup\n'+t.slice(i,i+2500));
const dl=await dlP; if(dl){await dl.saveAs('./files/out/web-rollup.xlsx');console.log('DL',dl.suggestedFilename());}
await p.screenshot({path:'./files/shots/rollup.png',fullPage:true});
console.log(logs.join('\n'));
await b.close();})();
