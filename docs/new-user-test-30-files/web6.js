const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const logs=[]; p.on('console',m=>{if(m.type()==='error')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8830/app.html'); await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/i-手工台账.xlsx'); await p.waitForTimeout(3000);
console.log('--- after open\n'+(await p.innerText('body')).slice(0,900));
await p.getByRole('button',{name:'生成或修复标准表'}).click(); await p.waitForTimeout(3000);
let t0=await p.innerText('body'); console.log('--- after 生成或修复\n'+t0.slice(t0.indexOf('生成或修复标准表'),t0.indexOf('生成或修复标准表')+900));
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(1000); await p.getByRole('button',{name:'校验',exact:true}).click(); await p.waitForTimeout(2500);
t0=await p.innerText('body'); console.log('--- 校验\n'+t0.slice(t0.indexOf('检查各表'),t0.indexOf('检查各表')+1200));
await p.screenshot({path:'./shots/web-nonstd-check.png',fullPage:true});
console.log(logs.join('\n'));
await b.close();})();
