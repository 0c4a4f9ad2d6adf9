const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/', F='./files/';
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
async function page(w,h){const c=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});const p=await c.newPage();p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});p.on('pageerror',e=>errs.push('PAGEERR '+e.message));return p;}
let p=await page(360,640);
await p.goto('http://127.0.0.1:8858/app.html');await p.waitForTimeout(2500);
await p.screenshot({path:S+'app-360-blank.png'});
await (await p.$('input[type=file]')).setInputFiles(F+'a-青山职业技术学院-2025全年.xlsx'); await p.waitForTimeout(4000);
await p.screenshot({path:S+'app-360-a-opened.png'});
await p.screenshot({path:S+'app-360-a-opened-full.png',fullPage:true});
console.log('APP A TEXT:',(await p.innerText('body')).slice(0,2500));
console.log('BUTTONS:',(await p.$$eval('button,[role=tab]',bs=>bs.map(x=>x.innerText.trim()).filter(Boolean))).join(' | '));
console.log('ERRS',errs);
await b.close();})();
