const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/';const fs=require('fs');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
async function page(w,h){const c=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});const p=await c.newPage();p.on('console',m=>{if(m.type()==='error'&&!/office|appsforoffice/i.test(m.text()))errs.push(m.text())});p.on('pageerror',e=>errs.push('PAGEERR '+e.message));return p;}
// Excel pane preview
let p=await page(360,800);
await p.goto('http://127.0.0.1:8857/taskpane.html?preview=1');await p.waitForTimeout(3500);
await p.screenshot({path:S+'pane-excel-360.png'});
await p.click('[role=tab]:has-text("总结")'); await p.waitForTimeout(3000);
await p.screenshot({path:S+'pane-excel-summary.png'});
fs.writeFileSync('./out/pane-excel-summary.txt',await p.innerText('body'));
await p.click('[role=tab]:has-text("标准表")'); await p.waitForTimeout(800);
const btn=await p.$('button:has-text("预览下一期")'); if(btn){await btn.click(); await p.waitForTimeout(2500); await p.screenshot({path:S+'pane-excel-next.png',fullPage:true}); fs.writeFileSync('./out/pane-excel-next.txt',await p.innerText('body'));}
// Word pane
p=await page(360,800);
await p.goto('http://127.0.0.1:8857/taskpane.html?preview=1&host=word');await p.waitForTimeout(3000);
await p.screenshot({path:S+'pane-word-blank.png'});
const fi=await p.$('input[type=file]'); await fi.setInputFiles('./files/b-老年大学-2025全年.xlsx'); await p.waitForTimeout(5000);
await p.screenshot({path:S+'pane-word-b.png'});
await p.screenshot({path:S+'pane-word-b-full.png',fullPage:true});
fs.writeFileSync('./out/pane-word-b.txt',await p.innerText('body'));
const nb=await p.$('button:has-text("新建文档打开")'); if(nb){ const [dl]=await Promise.all([p.waitForEvent('download',{timeout:8000}).catch(()=>null),nb.click()]); await p.waitForTimeout(1500); await p.screenshot({path:S+'pane-word-b-after.png'}); console.log('dl',dl&&dl.suggestedFilename()); const g=await p.$('button:has-text("仍然生成")'); if(g){const [d2]=await Promise.all([p.waitForEvent('download',{timeout:8000}).catch(()=>null),g.click()]); await p.waitForTimeout(1500); console.log('dl2',d2&&d2.suggestedFilename()); if(d2) await d2.saveAs('./out/word-pane-'+d2.suggestedFilename()); await p.screenshot({path:S+'pane-word-b-after2.png'});}}
// app 360x640 summary of a
p=await page(360,640);
await p.goto('http://127.0.0.1:8857/app.html');await p.waitForTimeout(2000);
await (await p.$('input[type=file]')).setInputFiles('./files/d/县客运站.xlsx'); await p.waitForTimeout(3000);
await p.click('[role=tab]:has-text("总结")'); await p.waitForTimeout(3000);
await p.screenshot({path:S+'app-360-keyunzhan-summary.png'});
await p.mouse.wheel(0,900); await p.waitForTimeout(500); await p.screenshot({path:S+'app-360-keyunzhan-summary2.png'});
fs.writeFileSync('./out/app-keyunzhan.txt',await p.innerText('body'));
console.log('ERRS',errs);
await b.close();})();
