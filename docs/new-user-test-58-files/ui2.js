const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/', F='./files/', O='./out/';
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
async function page(w,h){const c=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});const p=await c.newPage();p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});p.on('pageerror',e=>errs.push('PAGEERR '+e.message));return p;}
let p=await page(400,800);
await p.goto('http://127.0.0.1:8858/app.html');await p.waitForTimeout(2000);
await (await p.$('input[type=file]')).setInputFiles(F+'b-fixed.xlsx'); await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3000);
await p.screenshot({path:S+'app-400-b-summary.png'});
await p.screenshot({path:S+'app-400-b-summary-full.png',fullPage:true});
const t=await p.innerText('body'); console.log('SUMMARY TAB:',t.slice(0,1800));
console.log('BUTTONS:',(await p.$$eval('button',bs=>bs.map(x=>x.innerText.trim()).filter(Boolean).slice(0,40))).join(' | '));
// try export
try{
 const btn=p.getByRole('button',{name:/导出|下载.*Word|Word/}).first();
 const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}), btn.click()]);
 await dl.saveAs(O+'app-b.docx'); console.log('DL',dl.suggestedFilename());
}catch(e){console.log('export step:',e.message.slice(0,200)); await p.screenshot({path:S+'app-400-b-export.png'});
 try{const b2=p.getByRole('button',{name:/仍然/}).first(); const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}), b2.click()]); await dl.saveAs(O+'app-b.docx'); console.log('DL2',dl.suggestedFilename());}catch(e2){console.log('again',e2.message.slice(0,200))}}
await p.screenshot({path:S+'app-400-b-after-export.png'});
console.log('ERRS',errs);
await b.close();})();
