const { chromium } = require('./node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:360,height:640},acceptDownloads:true});const errs=[];p.on('pageerror',e=>errs.push(String(e)));
await p.goto('http://127.0.0.1:8854/app.html');await p.waitForTimeout(2000);
const inputs=await p.$$('input[type=file]');console.log('inputs',inputs.length);
const tx=await p.$$('input[type=text],input:not([type])');console.log('text inputs',tx.length);
for(const t of tx){const l=await t.evaluate(e=>e.getAttribute('aria-label')||e.id||e.placeholder);console.log(' txt',l);}
await tx[0].fill('县城市管理局');await p.waitForTimeout(500);
await inputs[inputs.length-1].setInputFiles(['d-sanit.xlsx','d-enf.xlsx','d-muni.xlsx','d-own.xlsx'].map(f=>'./files/rollup/'+f).map(f=>f.replace('rollup/d-own','d-own')));
await p.waitForTimeout(6000);
await p.screenshot({path:'./shots/app360-rollup-named.png',fullPage:true});
const t=await p.evaluate(()=>document.body.innerText);require('fs').writeFileSync('./out/app-rollup-named.txt',t);
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(e=>null),p.getByRole('button',{name:'下载汇总台账'}).click()]);if(dl){await dl.saveAs('./out/web-rollup.xlsx');console.log('dl',dl.suggestedFilename());}
console.log('errors',errs);await b.close();})();
