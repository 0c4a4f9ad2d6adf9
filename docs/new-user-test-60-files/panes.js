const {chromium}=require('playwright-core');const fs=require('fs');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});
// Excel pane
let p=await ctx.newPage();p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8860/taskpane.html?preview=1');await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/excel-start.png',fullPage:true});
console.log('EXCEL BTNS',await p.$$eval('button',els=>els.map(e=>(e.innerText||'').trim().slice(0,20)).join(' | ')));
await p.click('[role=tab]:has-text("校验")');await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/excel-check.png',fullPage:true});
fs.writeFileSync('./out/excel-check.txt',await p.innerText('body'));
await p.click('[role=tab]:has-text("总结")');await p.waitForTimeout(3500);
await p.screenshot({path:'./shots/excel-summary.png',fullPage:true});
fs.writeFileSync('./out/excel-summary.txt',await p.innerText('body'));
// Word pane
p=await ctx.newPage();p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8860/taskpane.html?preview=1&host=word');await p.waitForTimeout(3000);
await p.setInputFiles('input[type=file] >> nth=0','./out/开发区.xlsx');await p.waitForTimeout(5000);
await p.screenshot({path:'./shots/word-kfq.png',fullPage:true});
fs.writeFileSync('./out/word-kfq.txt',await p.innerText('body'));
console.log('WORD BTNS',await p.$$eval('button',els=>els.map(e=>(e.innerText||'').trim().slice(0,20)+(e.disabled?'(x)':'')).join(' | ')));
const nb=p.locator('button:has-text("新建文档打开")');
if(await nb.count()){await nb.first().click();await p.waitForTimeout(2000);
 const g=p.locator('button:has-text("仍然生成")');if(await g.count()){const dl=p.waitForEvent('download',{timeout:15000}).catch(()=>null);await g.first().click();const d=await dl;if(d){await d.saveAs('./out/word-pane-kfq.docx');console.log('saved',d.suggestedFilename());}}
 await p.waitForTimeout(3000);await p.screenshot({path:'./shots/word-kfq-after.png',fullPage:true});}
await b.close();})();
