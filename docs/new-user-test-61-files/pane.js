const {chromium}=require('playwright-core');
const fs=require('fs');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
// Excel pane preview
let p=await b.newPage({viewport:{width:360,height:900}});p.on('console',m=>{if(m.type()==='error')console.log('console',m.text())});
await p.goto('http://127.0.0.1:8871/taskpane.html?preview=1');await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/pane-excel-start.png'});
const tabs=await p.locator('[role=tab]').allInnerTexts();console.log('tabs',tabs);
await p.locator('[role=tab]:has-text("校验")').first().click();await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/pane-excel-check.png'});
fs.writeFileSync('./out/pane-excel-check.txt',await p.locator('body').innerText());
await p.locator('[role=tab]:has-text("总结")').first().click();await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/pane-excel-summary.png',fullPage:true});
fs.writeFileSync('./out/pane-excel-summary.txt',await p.locator('body').innerText());
await p.close();
// Word pane
p=await b.newPage({viewport:{width:360,height:900},acceptDownloads:true});p.on('console',m=>{if(m.type()==='error')console.log('console',m.text())});
await p.goto('http://127.0.0.1:8871/taskpane.html?preview=1&host=word');await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/pane-word-start.png'});
await p.locator('input[type=file]').first().setInputFiles(process.argv[2]);await p.waitForTimeout(4000);
await p.screenshot({path:'./shots/pane-word-loaded.png',fullPage:true});
fs.writeFileSync('./out/pane-word.txt',await p.locator('body').innerText());
console.log((await p.locator('button').allInnerTexts()).join(' | '));
const bt=p.locator('button:has-text("新建文档打开")').first();
if(await bt.count()){const dl=p.waitForEvent('download',{timeout:8000}).catch(()=>null);await bt.click();await p.waitForTimeout(1500);
 const c=p.locator('button:has-text("仍然")').first(); if(await c.count()) await c.click();
 const d=await dl; if(d){await d.saveAs('./out/word-pane.docx');console.log('dl',d.suggestedFilename());}
 await p.waitForTimeout(1000);await p.screenshot({path:'./shots/pane-word-after.png',fullPage:true});
 fs.writeFileSync('./out/pane-word-after.txt',await p.locator('body').innerText());}
await b.close();})();
