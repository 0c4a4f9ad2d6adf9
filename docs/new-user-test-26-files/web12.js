const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8826/app.html'); await p.waitForTimeout(1500);
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null), p.locator('button:has-text("下载空白标准台账")').click()]);
console.log('blank', dl&&dl.suggestedFilename());
await (await p.$$('input[type=file]'))[0].setInputFiles('./i-手工台账.xlsx'); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(800);
const g=p.locator('button:has-text("生成总结预览")'); if(await g.count()) {await g.first().click(); await p.waitForTimeout(3000);}
let t=await p.innerText('body'); let i=t.indexOf('根据台账'); console.log('SUM-nonstd:', t.slice(i,i+600));
await p.screenshot({path:'shots/sum-nonstd.png'});
await (await p.$$('input[type=file]'))[0].setInputFiles('./x-text.xlsx'); await p.waitForTimeout(2500);
t=await p.innerText('body'); console.log('TEXT:', t.slice(0,600));
await (await p.$$('input[type=file]'))[0].setInputFiles('./blank.xlsx'); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(800);
const g2=p.locator('button:has-text("生成总结预览")'); if(await g2.count()) {await g2.first().click(); await p.waitForTimeout(3000);}
t=await p.innerText('body'); i=t.indexOf('根据台账'); console.log('SUM-blank:', t.slice(i,i+500));
console.log('ERRS',errs); await b.close();})();
