const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/', F='./files/', O='./out/';
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
async function page(w,h){const c=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});const p=await c.newPage();p.on('pageerror',e=>errs.push('PAGEERR '+e.message));return p;}
let p=await page(360,800);
await p.goto('http://127.0.0.1:8858/taskpane.html?preview=1');await p.waitForTimeout(4000);
await (await p.$('input[type=file]')).setInputFiles(F+'a-青山职业技术学院-2025全年.xlsx'); await p.waitForTimeout(4000);
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(2000);
const vb=p.getByRole('button',{name:/^校验$/}).first(); if(await vb.count()) {await vb.click(); await p.waitForTimeout(3000);}
await p.screenshot({path:S+'pane-360-a-check.png'});
const fb=p.locator('button:text-is("规范数据")').first(); if(await fb.count()){await fb.scrollIntoViewIfNeeded(); await fb.click(); await p.waitForTimeout(3000);}
await p.screenshot({path:S+'pane-360-a-fix.png',fullPage:true});
let t=await p.innerText('body'); let i=t.lastIndexOf('规范数据'); console.log('FIX PANEL:',t.slice(i,i+1500));
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(1000);
const gb=p.getByRole('button',{name:'生成总结预览'}); if(await gb.count()) await gb.click(); await p.waitForTimeout(4000);
await p.screenshot({path:S+'pane-360-a-summary.png'});
t=await p.innerText('body'); i=t.indexOf('青山职业技术学院2025'); console.log('PANE SUMMARY:',t.slice(i,i+600));
// click a sentence button to see sources
const sb=p.locator('button:has-text("累计开展40余次")').first(); if(await sb.count()){await sb.click(); await p.waitForTimeout(1000); await p.screenshot({path:S+'pane-360-a-source.png'}); t=await p.innerText('body'); i=t.indexOf('数据来源'); console.log('SOURCES:',t.slice(i,i+400));}
console.log('ERRS',errs);
await b.close();})();
