const {launch}=require('./pw');const fs=require('fs');
(async()=>{const {b,p}=await launch(400,1000);
await p.goto('http://127.0.0.1:8640/app.html');await p.waitForTimeout(1000);
await p.getByRole('button',{name:'导入已有台账…'}).click();await p.waitForTimeout(1500);
fs.writeFileSync('./out/dbg3.txt',await p.locator('body').innerText());
console.log((await p.locator('button, input').evaluateAll(es=>es.map(e=>e.tagName+':'+(e.innerText||e.getAttribute('aria-label')||e.type)))).join(' | '));
await b.close();})();
