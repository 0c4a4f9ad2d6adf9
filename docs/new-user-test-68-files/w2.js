const open=require('./shot');
(async()=>{const {b,page}=await open(360,900);
await page.goto('http://127.0.0.1:8680/taskpane.html?preview=1&host=word');await page.waitForTimeout(2000);
await page.setInputFiles('input[type=file]', process.argv[2]);await page.waitForTimeout(4000);
await page.screenshot({path:'./shots/word-1.png',fullPage:true});
const t=await page.evaluate(()=>document.body.innerText); require('fs').writeFileSync('./out/word-pane.txt',t); console.log(t.slice(0,6000));
console.log(await page.evaluate(()=>[...document.querySelectorAll('button,input,select,[role=checkbox],[role=switch]')].map(e=>e.tagName+':'+(e.type||'')+':'+(e.innerText||e.getAttribute('aria-label')||'')).join('\n')));
await b.close();})();
