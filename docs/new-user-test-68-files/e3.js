const open=require('./shot');const fs=require('fs');
(async()=>{const {b,page}=await open(360,900);const tag=process.argv[3];
await page.goto('http://127.0.0.1:8680/taskpane.html?preview=1');await page.waitForTimeout(2000);
await page.setInputFiles('input[type=file] >> nth=0', process.argv[2]);await page.waitForTimeout(2500);
await page.getByRole('tab',{name:'总结'}).click();await page.waitForTimeout(800);
await page.locator('button:visible:text-is("生成总结预览")').click();await page.waitForTimeout(4000);
fs.writeFileSync(`./out/${tag}-summary.txt`,await page.evaluate(()=>document.body.innerText));
await page.screenshot({path:`./shots/${tag}-summary.png`,fullPage:true});
console.log(await page.evaluate(()=>[...document.querySelectorAll('button:not([disabled]),input')].map(e=>e.tagName+':'+(e.type||'')+':'+(e.innerText||e.getAttribute('aria-label')||'')).join(' | ')));
const [dl]=await Promise.all([page.waitForEvent('download',{timeout:15000}).catch(e=>null), page.locator('button:visible').filter({hasText:/导出|Word|下载/}).first().click()]);
if(dl){const p=`./out/${tag}-pane.docx`;await dl.saveAs(p);console.log('download',dl.suggestedFilename());}
await page.waitForTimeout(1500);
fs.writeFileSync(`./out/${tag}-summary2.txt`,await page.evaluate(()=>document.body.innerText));
await b.close();})();
