const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERR',e.message));
await p.goto('http://127.0.0.1:8835/app.html'); await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/hand-桂花社区.xlsx'); await p.waitForTimeout(2000);
let t=await p.innerText('body'); console.log('OPEN:', t.slice(0,900).replace(/\n/g,' / '));
await p.getByRole('button',{name:'导入已有台账…'}).click(); await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/w-import.png',fullPage:true});
t=await p.innerText('body'); const i=t.indexOf('导入已有台账'); console.log('IMPORT:', t.slice(i, i+3000));
await b.close();})();
