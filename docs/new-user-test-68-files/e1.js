const open=require('./shot');
(async()=>{const {b,page}=await open(360,900);
await page.goto('http://127.0.0.1:8680/taskpane.html?preview=1');await page.waitForTimeout(2500);
await page.screenshot({path:'./shots/excel-0.png',fullPage:true});
console.log(await page.evaluate(()=>document.body.innerText));
console.log(await page.evaluate(()=>[...document.querySelectorAll('button,input,[role=tab]')].map(e=>e.tagName+':'+(e.type||'')+':'+(e.innerText||e.getAttribute('aria-label')||'')).join('\n')));
await b.close();})();
