const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:360,height:800}});
const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8826/taskpane.html?preview=1&host=word'); await p.waitForTimeout(3000);
await p.screenshot({path:'shots/word0.png'});
const fi=await p.$$('input[type=file]'); console.log('inputs',fi.length);
await fi[0].setInputFiles('./c-学校.xlsx'); await p.waitForTimeout(5000);
await p.screenshot({path:'shots/word1.png',fullPage:true});
console.log((await p.innerText('body')).slice(0,2500));
const nb=p.locator('button:has-text("新建文档打开")');
if(await nb.count()){ const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null), nb.click()]); await p.waitForTimeout(2000); console.log('after new doc:', (await p.innerText('body')).match(/已生成[^\n]*/)); if(dl){await dl.saveAs('./out/word-'+dl.suggestedFilename()); console.log('DL',dl.suggestedFilename());}}
// empty workbook and a non-xlsx
await fi[0].setInputFiles('./x-empty.xlsx'); await p.waitForTimeout(3000);
let t=await p.innerText('body'); console.log('EMPTY:', t.slice(0,800));
await fi[0].setInputFiles('./x-text.xlsx'); await p.waitForTimeout(3000);
t=await p.innerText('body'); console.log('TEXT:', t.slice(0,600));
await p.screenshot({path:'shots/word2.png',fullPage:true});
console.log('ERRS',errs); await b.close();})();
