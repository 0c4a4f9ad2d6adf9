const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800}});
const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8826/taskpane.html?preview=1'); await p.waitForTimeout(3000);
await p.screenshot({path:'shots/pane0.png'});
console.log((await p.innerText('body')).slice(0,800));
console.log('buttons:', (await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).join(' | '));
const mk=p.locator('button:has-text("错误")').first(); 
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(1500);
console.log('buttons2:', (await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).slice(0,20).join(' | '));
const add=p.locator('button:has-text("常见错误"), button:has-text("示例错误"), button:has-text("加入")').first(); if(await add.count()){await add.click(); await p.waitForTimeout(1500);} 
const run=p.locator('button:text-is("校验")'); if(await run.count()){await run.first().click(); await p.waitForTimeout(2000);}
await p.screenshot({path:'shots/pane-check.png',fullPage:true});
const t=await p.innerText('body'); console.log('CHECK:', t.slice(0,1500));
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3000);
await p.screenshot({path:'shots/pane-sum.png',fullPage:true});
console.log('ERRS',errs); await b.close();})();
