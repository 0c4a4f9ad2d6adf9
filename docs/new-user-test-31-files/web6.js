const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:360,height:800}});const p=await ctx.newPage();
const errs=[];p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await ctx.route(/^https?:\/\/(?!127\.0\.0\.1)/,r=>r.abort());
await p.goto('http://127.0.0.1:8831/taskpane.html?preview=1&host=word');await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/word-0.png'});
const fi=await p.$$('input[type=file]');console.log('inputs',fi.length);
await fi[0].setInputFiles('./files/e-银行.xlsx');await p.waitForTimeout(5000);
await p.screenshot({path:'./shots/word-1.png',fullPage:true});
console.log((await p.innerText('body')).slice(0,3000));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText+(b.disabled?'(disabled)':'')));console.log('BUTTONS',JSON.stringify(btns));
const nb=p.locator('button:has-text("新建文档打开")');if(await nb.count()){const dl=p.waitForEvent('download',{timeout:8000}).catch(()=>null);await nb.first().click();await p.waitForTimeout(1500);const g=p.locator('button:has-text("仍然生成")');console.log("仍然生成 count",await g.count(), JSON.stringify(await p.$$eval("button",bs=>bs.map(b=>b.innerText))));if(await g.count())await g.first().click();await p.waitForTimeout(2500);const d=await dl;if(d){await d.saveAs('./files/word-'+d.suggestedFilename());console.log('DL',d.suggestedFilename());}
console.log((await p.innerText('body')).slice(-600));}
await p.screenshot({path:'./shots/word-2.png',fullPage:true});
console.log('ERRS',errs);await b.close();})();
