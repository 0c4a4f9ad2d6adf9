const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8826/app.html'); await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./'+process.argv[2]); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(500);
await p.getByRole('button',{name:'校验',exact:true}).last().click(); await p.waitForTimeout(2500);
await p.screenshot({path:'shots/app-check.png'});
let t=await p.innerText('main').catch(()=>p.innerText('body')); console.log(t.slice(0,2500));
const f=p.getByText('G5').first(); if(await f.count()){await f.click(); await p.waitForTimeout(1000); await p.screenshot({path:'shots/app-check-cell.png'});}
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(500);
await p.getByRole('button',{name:'生成总结预览'}).click(); await p.waitForTimeout(4000);
await p.screenshot({path:'shots/app-sum.png',fullPage:true});
const s=await p.innerText('body'); console.log('=====SUM=====\n'+s.slice(s.indexOf('生成总结预览'), s.indexOf('生成总结预览')+4000));
console.log('buttons:', (await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).join(' | '));
console.log('ERRS',errs);
await b.close();})();
