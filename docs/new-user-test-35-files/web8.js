const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERR',e.message));
await p.goto('http://127.0.0.1:8835/app.html'); await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/hand-桂花社区.xlsx'); await p.waitForTimeout(2000);
await p.getByRole('button',{name:'生成或修复标准表'}).click(); await p.waitForTimeout(2500);
let t=await p.innerText('body'); let i=t.indexOf('生成或修复标准表'); console.log('REPAIR:', t.slice(i, i+1200));
await p.screenshot({path:'./shots/w-repair-hand.png',fullPage:true});
await p.getByRole('button',{name:'导入已有台账…'}).click(); await p.waitForTimeout(1500);
for (const n of ['活动记录','宣传和整改','志愿者花名册']) { const c=p.getByRole('checkbox',{name:n}); if(await c.count()) await c.check().catch(()=>{}); }
await p.getByRole('button',{name:'识别表格'}).click(); await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/w-import2.png',fullPage:true});
t=await p.innerText('body'); i=t.indexOf('导入已有台账'); console.log('IMPORT:', t.slice(i, i+2500));
await b.close();})();
