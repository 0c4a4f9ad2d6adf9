const open=require('./pw.js');
(async()=>{const {browser,page}=await open('http://127.0.0.1:8842/taskpane.html?preview=1&host=word',360,640);
await page.waitForTimeout(2500);
const txt=async()=>(await page.innerText('body'));
console.log('--- initial\n'+(await txt()).slice(0,800));
await page.setInputFiles('input[type=file] >> nth=0', 'h-县妇联-专项.xlsx');
await page.waitForTimeout(4000);
await page.screenshot({path:'./shots/word-h.png',fullPage:false});
await page.screenshot({path:'./shots/word-h-full.png',fullPage:true});
console.log('--- loaded\n'+(await txt()).slice(0,3000));
console.log(await page.$$eval('button', els=>els.map(e=>e.innerText.slice(0,30)+(e.disabled?'[disabled]':'')).filter(Boolean).join(' | ')));
const b=page.getByRole('button',{name:/新建文档打开/});
if(await b.count()){const [dl]=await Promise.all([page.waitForEvent('download',{timeout:15000}).catch(()=>null),(async()=>{await b.click();await page.waitForTimeout(1000);const f=page.getByRole('button',{name:/仍然生成/});if(await f.count())await f.click();})()]);
await page.waitForTimeout(2000);console.log('--- after new doc\n'+(await txt()).slice(-600)); if(dl){await dl.saveAs('./out/word-h.docx');console.log('DL',dl.suggestedFilename());}}
await browser.close();})();
