const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8826/app.html'); await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./i-手工台账.xlsx'); await p.waitForTimeout(2500);
console.log((await p.innerText('body')).slice(0,900));
await p.locator('button:has-text("导入已有台账")').click(); await p.waitForTimeout(3000);
const cbs=p.locator('input[type=checkbox]'); const n=await cbs.count(); console.log('checkboxes',n); for(let k=0;k<n;k++){ if(!(await cbs.nth(k).isChecked())) await cbs.nth(k).check({force:true}).catch(e=>console.log('cb fail',k)); }
await p.locator('button:has-text("识别表格")').click(); await p.waitForTimeout(4000);
await p.screenshot({path:'shots/import1.png',fullPage:true});
const t=await p.innerText('body'); const i=t.indexOf('导入已有台账'); console.log('IMPORT:',t.slice(i,i+3500));
console.log('buttons:', (await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).join(' | '));
console.log('ERRS',errs); await b.close();})();
