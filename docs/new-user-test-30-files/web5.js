const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const logs=[]; p.on('console',m=>{if(m.type()==='error')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8830/app.html'); await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/i-手工台账.xlsx'); await p.waitForTimeout(3000);
console.log('--- after open\n'+(await p.innerText('body')).slice(0,900));
await p.getByRole('button',{name:/导入已有台账/}).click(); await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/web-import.png',fullPage:true});
const t=await p.innerText('body'); console.log('--- import\n'+t.slice(t.indexOf('导入已有台账'),t.indexOf('导入已有台账')+2500));
console.log(logs.join('\n'));
await b.close();})();
