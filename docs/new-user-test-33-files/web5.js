const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const errs=[];p.on('pageerror',e=>errs.push(String(e)));
await p.goto('http://127.0.0.1:8833/app.html');await p.waitForTimeout(1000);
let inps=await p.$$('input[type=file]');await inps[0].setInputFiles('./files/i_import.xlsx');await p.waitForTimeout(2500);
let t=await p.innerText('body');
await p.getByRole('button',{name:'预览下一期'}).click();await p.waitForTimeout(1500);{const tt=await p.innerText('body');const k=tt.indexOf('预览下一期');console.log('=====NEXT\n'+tt.slice(k,k+500));}
await p.getByRole('button',{name:/导入已有台账/}).click();await p.waitForTimeout(2500);
t=await p.innerText('body');const i=t.indexOf('导入已有台账');console.log('=====IMPORT\n'+t.slice(i,i+3000));
for(const n of ['活动记录','宣传','整改','志愿者花名册']){const c=p.getByLabel(n);if(await c.count()&&!(await c.first().isChecked()))await c.first().check();}
await p.getByRole('button',{name:'识别表格'}).click();await p.waitForTimeout(3000);t=await p.innerText('body');const j=t.indexOf('识别表格');console.log('=====RECOG\n'+t.slice(j,j+2500));await p.screenshot({path:'./shots/import.png',fullPage:true});
console.log('btns',(await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).join(' | '));
console.log('ERRS',errs);await b.close();})();
