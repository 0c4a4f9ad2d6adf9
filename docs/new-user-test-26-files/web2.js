const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8826/app.html'); await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./a-社区.xlsx'); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(2500);
await p.screenshot({path:'shots/app-check.png'});
const t=await p.innerText('body'); console.log(t.slice(t.indexOf('总结')+2, t.indexOf('总结')+2500));
// click first finding
const f=p.getByText('宣传投放!G5').first(); if(await f.count()){await f.click(); await p.waitForTimeout(1000); await p.screenshot({path:'shots/app-check-cell.png'});}
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(4000);
await p.screenshot({path:'shots/app-sum.png',fullPage:true});
const s=await p.innerText('body'); console.log('=====SUM=====\n'+s.slice(s.indexOf('总结')+2, s.indexOf('总结')+4000));
console.log('buttons:', (await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).join(' | '));
console.log('ERRS',errs);
await b.close();})();
