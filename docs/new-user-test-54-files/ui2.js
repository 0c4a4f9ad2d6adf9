const { chromium } = require('./node_modules/playwright-core');
const [,,url,file,w,h,name]=process.argv;
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:+w,height:+h},acceptDownloads:true});const errs=[];p.on('pageerror',e=>errs.push(String(e)));p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
await p.goto(url);await p.waitForTimeout(2000);
const inp=await p.$('input[type=file]');await inp.setInputFiles(file);await p.waitForTimeout(4000);
await p.screenshot({path:`./shots/${name}-1open.png`});
for(const tab of ['校验','总结']){const t=p.getByRole('tab',{name:tab});if(await t.count()){await t.first().click();await p.waitForTimeout(4000);await p.screenshot({path:`./shots/${name}-${tab}.png`,fullPage:true});}}
const txt=await p.evaluate(()=>document.body.innerText);require('fs').writeFileSync(`./out/${name}.txt`,txt);
console.log(name,'errors',errs);await b.close();})();
