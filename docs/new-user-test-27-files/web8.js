const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const logs=[];
p.on('console',m=>{if(m.type()==='error')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8827/app.html'); await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/a_社区.xlsx'); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(800); await p.getByRole('button',{name:'校验',exact:true}).click(); await p.waitForTimeout(2500);
const f=p.getByRole('button',{name:/2025\.2\.30/}); console.log('count',await f.count());
await f.first().click(); await p.waitForTimeout(1500);
await p.screenshot({path:'./shots/a_cell.png',fullPage:true}); console.log('tables',await p.locator('table').count()); const tb=p.locator('table').first(); if(await tb.count()){ console.log('TABLE:', (await tb.innerText()).slice(0,800)); await tb.screenshot({path:'./shots/a_celltable.png'});}
const t=await p.innerText('body'); const i=t.indexOf('已定位'); console.log(i>=0?t.slice(i-200,i+600):t.slice(0,300));
console.log(logs.join('\n'));
await b.close();})();
