const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});const p=await ctx.newPage();
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
await p.goto('http://127.0.0.1:8650/taskpane.html?preview=1');await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/pane-0.png'});
console.log(await p.locator('body').innerText());
console.log(await p.locator('input[type=file]').evaluateAll(es=>es.map(e=>e.getAttribute('aria-label')+'|'+e.getAttribute('data-testid')+'|'+e.multiple)));
await b.close();})();
