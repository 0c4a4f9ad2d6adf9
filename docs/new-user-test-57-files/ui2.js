const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/';const fs=require('fs');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
async function page(w,h){const c=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});const p=await c.newPage();p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});p.on('pageerror',e=>errs.push('PAGEERR '+e.message));return p;}
let p=await page(400,800);
await p.goto('http://127.0.0.1:8857/app.html');await p.waitForTimeout(2000);
await (await p.$('input[type=file]')).setInputFiles('./files/c-金桂社区-2025第四季度.xlsx'); await p.waitForTimeout(3000);
await p.click('[role=tab]:has-text("校验")'); await p.waitForTimeout(800);
await p.screenshot({path:S+'app-400-c-check.png'});
await p.click('[role=tab]:has-text("总结")'); await p.waitForTimeout(3000);
await p.screenshot({path:S+'app-400-c-summary.png'});
await p.screenshot({path:S+'app-400-c-summary-full.png',fullPage:true});
const t=await p.innerText('body'); fs.writeFileSync('./out/app-c-summary.txt',t);
console.log('BUTTONS:',(await p.$$eval('button,[role=tab],input[type=checkbox]',bs=>bs.map(x=>(x.innerText||x.getAttribute('aria-label')||x.type).trim()).filter(Boolean))).filter(s=>s.length<40).join(' | '));
// try export
for (const label of ['导出 Word','仍然导出']){const btn=await p.$(`button:has-text("${label}")`); if(btn){const [dl]=await Promise.all([p.waitForEvent('download',{timeout:8000}).catch(()=>null),btn.click()]); if(dl){const path='./out/app-'+dl.suggestedFilename(); await dl.saveAs(path); console.log('DL',path);} else {await p.waitForTimeout(1000); console.log('no download after',label);} }}
await p.screenshot({path:S+'app-400-c-after-export.png'});
console.log('ERRS',errs);
await b.close();})();
