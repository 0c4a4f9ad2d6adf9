const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/';const fs=require('fs');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const c=await b.newContext({viewport:{width:400,height:800}});const p=await c.newPage();
await p.goto('http://127.0.0.1:8857/app.html');await p.waitForTimeout(2000);
await (await p.$('input[type=file]')).setInputFiles('./files/c-金桂社区-2025第四季度.xlsx'); await p.waitForTimeout(3000);
await p.click('[role=tab]:has-text("校验")'); await p.waitForTimeout(800);
const t=await p.innerText('body'); fs.writeFileSync('./out/app-c-check.txt',t);
await p.screenshot({path:S+'app-400-c-check-full.png',fullPage:true});
await b.close();})();
