const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/';const fs=require('fs');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const c=await b.newContext({viewport:{width:360,height:640},acceptDownloads:true});const p=await c.newPage();
await p.goto('http://127.0.0.1:8857/app.html');await p.waitForTimeout(2000);
const inputs=await p.$$('input');for(const i of inputs){console.log(await i.getAttribute('type'),await i.getAttribute('multiple'),await i.getAttribute('aria-label'),await i.getAttribute('placeholder'));}
const txt=await p.$('input[type=text], input:not([type])'); await txt.fill('县交通局');
const files=await p.$$('input[type=file]'); const multi=files[files.length-1];
const dlP=p.waitForEvent('download',{timeout:15000}).catch(()=>null);
await multi.setInputFiles(['./files/d/县客运站.xlsx','./files/d/县公路养护中心.xlsx','./files/d/县道路运输服务中心.xlsx','./files/d/县交通运输局-本级.xlsx']);
await p.waitForTimeout(5000);
const el=await p.$('text=汇总各单位台账'); if(el) await el.scrollIntoViewIfNeeded();
await p.screenshot({path:S+'app-360-rollup.png',fullPage:true});
const t=await p.innerText('body'); fs.writeFileSync('./out/app-rollup.txt',t);
const dl=await dlP; console.log('dl',dl&&dl.suggestedFilename());
await b.close();})();
