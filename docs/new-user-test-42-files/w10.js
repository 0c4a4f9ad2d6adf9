const open=require('./pw.js');
(async()=>{const {browser,page}=await open('http://127.0.0.1:8842/taskpane.html?preview=1',360,640);
await page.waitForTimeout(3000);
const txt=async()=>await page.innerText('body');
console.log('--- init\n'+(await txt()).slice(0,1200));
console.log(await page.$$eval('button,[role=tab]', els=>els.map(e=>(e.innerText||'').slice(0,30)).filter(Boolean).join(' | ')));
await page.screenshot({path:'./shots/pane0.png'});
await browser.close();})();
