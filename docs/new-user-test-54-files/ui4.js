const { chromium } = require('./node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:360,height:640},acceptDownloads:true});const errs=[];p.on('pageerror',e=>errs.push(String(e)));
await p.goto('http://127.0.0.1:8854/app.html');await p.waitForTimeout(2000);
const inputs=await p.$$('input[type=file]');console.log('inputs',inputs.length);
const tx=await p.$$('input[type=text],input:not([type])');console.log('text inputs',tx.length);
for(const t of tx){const l=await t.evaluate(e=>e.getAttribute('aria-label')||e.id||e.placeholder);console.log(' txt',l);}
await inputs[inputs.length-1].setInputFiles(['d-sanit.xlsx','d-enf.xlsx','d-muni.xlsx','d-own.xlsx'].map(f=>'./files/rollup/'+f).map(f=>f.replace('rollup/d-own','d-own')));
await p.waitForTimeout(6000);
await p.screenshot({path:'./shots/app360-rollup.png',fullPage:true});
const t=await p.evaluate(()=>document.body.innerText);require('fs').writeFileSync('./out/app-rollup.txt',t);
console.log('errors',errs);await b.close();})();
