const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage();
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
p.on('pageerror',e=>console.log('PAGEERROR',e.message));
await p.goto('http://127.0.0.1:8829/app.html');await p.waitForTimeout(1500);
await p.screenshot({path:'./shots/app0.png'});
console.log((await p.innerText('body')).slice(0,1500));
const btns=await p.$$eval('button,[role=tab],input[type=file]',els=>els.map(e=>e.tagName+':'+(e.innerText||e.getAttribute('aria-label')||e.type)));console.log(btns);
await b.close();})();
