const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});const p=await ctx.newPage();
const errs=[];p.on('pageerror',e=>errs.push('PAGEERR '+e.message));p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
await p.goto('http://127.0.0.1:8831/app.html');await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/a-clean.xlsx');await p.waitForTimeout(2500);
await p.locator('button:has-text("预览下一期")').click();await p.waitForTimeout(3000);
const t=await p.innerText('body');console.log(t.slice(t.indexOf('开始下一期'),t.indexOf('导入已有台账')).slice(0,2500));
console.log('BUTTONS',JSON.stringify((await p.$$eval('button',bs=>bs.map(b=>b.innerText))).slice(0,20)));
const nb=p.locator('button:has-text("下载下一期")');if(await nb.count()){const dl=p.waitForEvent('download',{timeout:10000}).catch(()=>null);await nb.first().click();const d=await dl;if(d){await d.saveAs('./files/web-next-'+d.suggestedFilename());console.log('DL',d.suggestedFilename());}}
await p.screenshot({path:'./shots/next.png',fullPage:true});
console.log('ERRS',errs);await b.close();})();
