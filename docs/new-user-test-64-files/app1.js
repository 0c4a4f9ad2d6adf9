const {launch}=require('./pw');
(async()=>{const {b,p}=await launch(360);
await p.goto('http://127.0.0.1:8640/app.html');await p.waitForTimeout(1500);
await p.screenshot({path:'./shots/app-360-start.png',fullPage:true});
console.log((await p.locator('button, [role=tab], input[type=file]').evaluateAll(es=>es.map(e=>e.tagName+':'+(e.innerText||e.getAttribute('aria-label')||e.type)))).join(' | '));
await b.close();})();
