const open=require('./shot');const fs=require('fs');
(async()=>{const W=+process.argv[2]||360;const {b,page}=await open(W,800);
await page.goto('http://127.0.0.1:8680/app.html');await page.waitForTimeout(2000);
await page.screenshot({path:`./shots/app-${W}-0.png`,fullPage:true});
console.log(await page.evaluate(()=>document.body.innerText));
console.log(await page.evaluate(()=>[...document.querySelectorAll('button,input,[role=tab]')].map(e=>e.tagName+':'+(e.getAttribute('role')||e.type||'')+':'+(e.innerText||e.getAttribute('aria-label')||'')).join(' | ')));
console.log('scrollWidth',await page.evaluate(()=>document.documentElement.scrollWidth));
await b.close();})();
