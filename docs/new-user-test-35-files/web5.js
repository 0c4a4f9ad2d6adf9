const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:360,height:800}});
const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERR',e.message));
await p.goto('http://127.0.0.1:8835/taskpane.html?preview=1&host=word'); await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/word-0.png'});
const ins=await p.$$('input[type=file]'); console.log('inputs',ins.length);
await ins[0].setInputFiles('./files/b-村.xlsx'); await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/word-1.png',fullPage:true});
const t=await p.innerText('body'); console.log(t.slice(0,2500));
await b.close();})();
