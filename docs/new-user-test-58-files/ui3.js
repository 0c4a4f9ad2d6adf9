const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/', F='./files/', O='./out/';
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
async function page(w,h){const c=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});const p=await c.newPage();p.on('console',m=>{if(m.type()==='error')errs.push(m.text().slice(0,200))});p.on('pageerror',e=>errs.push('PAGEERR '+e.message));return p;}
// Excel pane preview
let p=await page(360,800);
await p.goto('http://127.0.0.1:8858/taskpane.html?preview=1');await p.waitForTimeout(4000);
await p.screenshot({path:S+'pane-360-preview.png'});
console.log('PANE TABS:',(await p.$$eval('[role=tab]',bs=>bs.map(x=>x.innerText.trim()))).join('|'));
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3000);
await p.screenshot({path:S+'pane-360-summary.png'});
// Word pane with college file
p=await page(360,800);
await p.goto('http://127.0.0.1:8858/taskpane.html?preview=1&host=word');await p.waitForTimeout(4000);
await (await p.$('input[type=file]')).setInputFiles(F+'c-2025下半年-filled.xlsx'); await p.waitForTimeout(5000);
await p.screenshot({path:S+'word-360-c2.png'});
await p.screenshot({path:S+'word-360-c2-full.png',fullPage:true});
const wt=await p.innerText('body'); console.log('WORD PANE:',wt.slice(0,1500));
try{const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}), p.getByRole('button',{name:'新建文档打开'}).click()]); await dl.saveAs(O+'word-c2.docx'); console.log('WORD DL',dl.suggestedFilename());}catch(e){console.log('word dl',e.message.slice(0,150))}
await p.waitForTimeout(1500); await p.screenshot({path:S+'word-360-c2-after.png'});
// app rollup at 360x640
p=await page(360,640);
await p.goto('http://127.0.0.1:8858/app.html');await p.waitForTimeout(2500);
await p.getByLabel(/汇总单位名称/).fill('税务局').catch(e=>console.log('label',e.message.slice(0,100)));
const inputs=await p.$$('input[type=file]'); console.log('file inputs',inputs.length);
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:20000}).catch(e=>null), (async()=>{ for(const i of inputs){ const acc=await i.getAttribute('multiple'); if(acc!==null){ await i.setInputFiles([F+'tax/城东税务分局.xlsx',F+'tax/城西税务分局.xlsx',F+'tax/开发区税务所.xlsx',F+'tax/县税务局本级.xlsx']); break;} } })()]);
await p.waitForTimeout(5000);
await p.screenshot({path:S+'app-360-rollup.png',fullPage:true});
const rt=await p.innerText('body'); const i=rt.indexOf('汇总各单位'); console.log('ROLLUP:',rt.slice(i,i+1500));
if(dl){await dl.saveAs(O+'app-rollup.xlsx'); console.log('ROLLUP DL',dl.suggestedFilename());}
console.log('ERRS',errs);
await b.close();})();
