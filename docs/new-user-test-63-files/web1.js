const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:400,height:850},acceptDownloads:true});
const p=await ctx.newPage(); p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8630/app.html');await p.waitForTimeout(1500);
await p.screenshot({path:'./shots/web-0.png',fullPage:true});
const inp=await p.$$('input[type=file]');console.log('file inputs',inp.length);
await inp[0].setInputFiles('./out/燃气公司2026年第二季度台账.xlsx');await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/web-1.png',fullPage:true});
const btns=await p.$$eval('button,[role=tab]',e=>e.map(x=>x.textContent.trim()).filter(Boolean));console.log(btns.join(' | '));
await b.close();})();
