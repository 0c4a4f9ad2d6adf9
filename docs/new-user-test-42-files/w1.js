const open=require('./pw.js');
(async()=>{const {browser,page}=await open('http://127.0.0.1:8842/app.html',400,800);
await page.waitForTimeout(1500);
await page.screenshot({path:'./shots/app0.png',fullPage:true});
console.log((await page.innerText('body')).slice(0,2000));
console.log(await page.$$eval('button, input, [role=tab]', els=>els.map(e=>e.tagName+':'+(e.innerText||e.getAttribute('aria-label')||e.type)).join(' | ')));
await browser.close();})();
