const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
for(const w of [360,400]){const p=await b.newPage({viewport:{width:w,height:900}});p.on('console',m=>{if(m.type()==='error')console.log('console',m.text())});
await p.goto('http://127.0.0.1:8871/app.html');await p.waitForTimeout(1500);
await p.screenshot({path:`./shots/app-${w}-start.png`,fullPage:true});
console.log(w, (await p.locator('body').innerText()).slice(0,800));
const buttons=await p.locator('button, [role=tab], input[type=file]').evaluateAll(es=>es.map(e=>e.tagName+':'+(e.innerText||e.getAttribute('aria-label')||e.type)));console.log(buttons);
await p.close();}
await b.close();})();
