const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const logs=[]; p.on('console',m=>logs.push(m.type()+': '+m.text())); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8830/app.html'); await p.waitForTimeout(1500);
await p.screenshot({path:'./shots/app0.png'});
console.log((await p.innerText('body')).slice(0,1500));
const inputs=await p.$$('input[type=file]'); console.log('file inputs',inputs.length);
await inputs[0].setInputFiles('./files/a-社区.xlsx'); await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/app1.png',fullPage:true});
console.log('-----\n'+(await p.innerText('body')).slice(0,3000));
console.log(logs.join('\n'));
await b.close();})();
