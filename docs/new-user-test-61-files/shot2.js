const {chromium}=require('playwright-core');
const [file,w,tag]=process.argv.slice(2);
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:+w,height:900},acceptDownloads:true});p.on('console',m=>{if(m.type()==='error')console.log('console',m.text())});
await p.goto('http://127.0.0.1:8871/app.html');await p.waitForTimeout(1000);
await p.locator('input[type=file]').first().setInputFiles(file);await p.waitForTimeout(2500);
await p.locator('[role=tab]:has-text("校验")').first().click();await p.waitForTimeout(1500);
await p.screenshot({path:`./shots/${tag}-${w}-check.png`,fullPage:true});
require('fs').writeFileSync(`./out/${tag}-${w}-check.txt`,await p.locator('body').innerText());
await p.locator('[role=tab]:has-text("总结")').first().click();await p.waitForTimeout(3000);
await p.screenshot({path:`./shots/${tag}-${w}-summary.png`,fullPage:true});
require('fs').writeFileSync(`./out/${tag}-${w}-summary.txt`,await p.locator('body').innerText());
const btns=await p.locator('button').evaluateAll(es=>es.map(e=>e.innerText).filter(Boolean));console.log(btns.join(' | '));
// try export
const exp=p.locator('button',{hasText:/导出|下载.*Word|Word/}).first();
if(await exp.count()){const dl=p.waitForEvent('download',{timeout:8000}).catch(()=>null);await exp.click();await p.waitForTimeout(1000);
 const cont=p.locator('button',{hasText:/仍然/}).first(); if(await cont.count()){await cont.click();}
 const d=await dl; if(d){const out=`./out/${tag}-${w}-web.docx`;await d.saveAs(out);console.log('downloaded',d.suggestedFilename());}
 await p.screenshot({path:`./shots/${tag}-${w}-export.png`,fullPage:true});}
await b.close();})();
