const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:1000}});
const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERROR',e.message));
await p.goto('http://127.0.0.1:8829/app.html');await p.waitForTimeout(800);
await p.setInputFiles('input[type=file] >> nth=0','./files/hand-made.xlsx');await p.waitForTimeout(2500);
await p.locator('button:visible',{hasText:'预览下一期'}).click();await p.waitForTimeout(2000);
let t=await p.innerText('body');let i=t.indexOf('预览下一期');console.log('NEXT on non-standard:\n',t.slice(i,i+500));
await p.locator('button:visible',{hasText:'导入已有台账'}).click();await p.waitForTimeout(1500);
const cbs=p.locator('input[type=checkbox]:visible');const n=await cbs.count();for(let k=0;k<n;k++){if(!(await cbs.nth(k).isChecked()))await cbs.nth(k).check();}
await p.locator('button:visible',{hasText:'识别表格'}).click();await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/web-import2.png',fullPage:true});
t=await p.innerText('body');i=t.indexOf('识别表格');console.log('RECOG\n',t.slice(i,i+3000));
console.log(await p.$$eval('button',els=>els.filter(e=>e.offsetParent).map(e=>e.innerText)));
await b.close();})();
