const {chromium}=require('playwright-core');const fs=require('fs');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});
let p=await ctx.newPage();
await p.goto('http://127.0.0.1:8860/taskpane.html?preview=1');await p.waitForTimeout(3000);
await p.setInputFiles('input[type=file] >> nth=0','./out/卫生院.xlsx');await p.waitForTimeout(4000);
await p.click('[role=tab]:has-text("校验")');await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/excel-wsy-check.png'});
fs.writeFileSync('./out/excel-wsy-check.txt',await p.innerText('body'));
await p.click('[role=tab]:has-text("总结")');await p.waitForTimeout(3500);
await p.click("button:has-text(\"生成总结预览\")");await p.waitForTimeout(4000);
await p.screenshot({path:'./shots/excel-wsy-summary.png',fullPage:true});
fs.writeFileSync('./out/excel-wsy-summary.txt',await p.innerText('body'));
// click a sentence with figures
const s=p.locator('text=整改率为85%').first();if(await s.count()){await s.click();await p.waitForTimeout(800);await p.screenshot({path:'./shots/excel-wsy-source.png'});fs.writeFileSync('./out/excel-wsy-source.txt',await p.innerText('body'));}
p=await ctx.newPage();
await p.goto('http://127.0.0.1:8860/taskpane.html?preview=1&host=word');await p.waitForTimeout(3000);
await p.setInputFiles('input[type=file] >> nth=0','./out/卫生院.xlsx');await p.waitForTimeout(5000);
const dl=p.waitForEvent('download',{timeout:20000}).catch(()=>null);
await p.click('button:has-text("新建文档打开")');const d=await dl;if(d){await d.saveAs('./out/word-pane-wsy.docx');console.log('saved',d.suggestedFilename());}
await p.waitForTimeout(2000);
fs.writeFileSync('./out/word-wsy.txt',await p.innerText('body'));
await p.screenshot({path:'./shots/word-wsy.png'});
console.log('BTNS',await p.$$eval('button,a',els=>els.map(e=>(e.innerText||'').trim().slice(0,20)).join(' | ')));
await b.close();})();
