const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});
const p=await ctx.newPage(); p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
await p.route(/appsforoffice|office\.js/,r=>r.abort());
await p.goto('http://127.0.0.1:8630/taskpane.html?preview=1');await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/pane-0.png',fullPage:true});
console.log(await p.evaluate(()=>document.body.innerText.slice(0,1500)));
console.log((await p.$$('input[type=file]')).length, await p.$$eval('input[type=file]',e=>e.map(x=>x.getAttribute('aria-label')||x.id||x.accept)));
await b.close();})();
