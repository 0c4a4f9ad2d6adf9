const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:1000}});
const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERROR',e.message));
await p.goto('http://127.0.0.1:8829/app.html');await p.waitForTimeout(800);
await p.setInputFiles('input[type=file] >> nth=0','./files/hand-made.xlsx');await p.waitForTimeout(2500);
let t=await p.innerText('body');console.log('OPENED\n',t.slice(t.indexOf('正在使用'),t.indexOf('正在使用')+800));
await p.locator('button:visible',{hasText:'导入已有台账'}).click();await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/web-import1.png',fullPage:true});
t=await p.innerText('body');console.log('IMPORT\n',t.slice(t.indexOf('导入已有台账'),t.indexOf('导入已有台账')+3000));
console.log(await p.$$eval('button',els=>els.filter(e=>e.offsetParent).map(e=>e.innerText)));
await b.close();})();
