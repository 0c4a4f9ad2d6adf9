const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:360,height:800}});const p=await ctx.newPage();
const errs=[];p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await ctx.route(/^https?:\/\/(?!127\.0\.0\.1)/,r=>r.abort());
await p.goto('http://127.0.0.1:8831/taskpane.html?preview=1');await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/pane-0.png'});
console.log((await p.innerText('body')).slice(0,800));
console.log('BUTTONS',JSON.stringify(await p.$$eval('button',bs=>bs.map(b=>b.innerText))));
const add=p.locator('button:has-text("典型")');if(await add.count()){await add.first().click();await p.waitForTimeout(1500);}
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(2500);
console.log('---校验\n'+(await p.innerText('body')).slice(0,1500));
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(3000);
{const g=p.locator('button:has-text("生成总结预览")');if(await g.count()){await g.first().click();await p.waitForTimeout(3000);}}
await p.screenshot({path:'./shots/pane-summary.png',fullPage:true});
const t=await p.innerText('body');console.log('---总结\n'+t.slice(0,3500));
console.log('ERRS',errs);await b.close();})();
