const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/';const fs=require('fs');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const c=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});const p=await c.newPage();
p.on('pageerror',e=>console.log('PAGEERR',e.message));
await p.goto('http://127.0.0.1:8857/taskpane.html?preview=1');await p.waitForTimeout(3000);
await (await p.$('input[type=file]')).setInputFiles('./files/a-检察院-2025上半年.xlsx'); await p.waitForTimeout(4000);
await p.click('[role=tab]:has-text("总结")'); await p.waitForTimeout(800);
const g=await p.$('button:has-text("生成总结预览")'); if(g){await g.click(); await p.waitForTimeout(4000);}
await p.screenshot({path:S+'pane-excel-a-summary.png'});
fs.writeFileSync('./out/pane-excel-a-summary.txt',await p.innerText('body'));
// click a sentence with figures
const s=await p.$('text=/累计召开党组会3次/'); if(s){await s.click(); await p.waitForTimeout(800); await p.screenshot({path:S+'pane-excel-a-sentence.png',fullPage:true}); fs.writeFileSync('./out/pane-excel-a-sentence.txt',await p.innerText('body'));}
// 校验 → 规范数据
await p.click('[role=tab]:has-text("校验")'); await p.waitForTimeout(1500);
const fx=await p.$('button:has-text("规范数据")'); if(fx){await fx.click(); await p.waitForTimeout(3000); await p.screenshot({path:S+'pane-excel-a-fix.png'}); fs.writeFileSync('./out/pane-excel-a-fix.txt',await p.innerText('body'));}
await b.close();})();
