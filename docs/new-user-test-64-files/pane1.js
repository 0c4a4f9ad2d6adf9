const {launch}=require('./pw');const fs=require('fs');
(async()=>{const {b,p}=await launch(360);
await p.goto('http://127.0.0.1:8640/taskpane.html?preview=1');await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/pane-start.png',fullPage:true});
fs.writeFileSync('./out/pane-start.txt',await p.locator('body').innerText());
console.log((await p.locator('button, input, [role=tab]').evaluateAll(es=>es.map(e=>e.tagName+':'+(e.innerText||e.getAttribute('aria-label')||e.type)))).join(' | '));
await b.close();})();
