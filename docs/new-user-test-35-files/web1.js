const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage();
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
p.on('pageerror',e=>console.log('PAGEERR',e.message));
await p.goto('http://127.0.0.1:8835/app.html');
await p.waitForTimeout(1500);
await p.screenshot({path:'./shots/01-start.png'});
console.log((await p.innerText('body')).slice(0,1500));
const inp=await p.$$('input[type=file]'); console.log('file inputs',inp.length);
await inp[0].setInputFiles('./files/a-社区.xlsx');
await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/02-open.png',fullPage:true});
console.log('----\n'+(await p.innerText('body')).slice(0,3000));
await b.close();})();
