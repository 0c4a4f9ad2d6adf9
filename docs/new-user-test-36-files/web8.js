const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900},locale:'zh-CN'});const p=await ctx.newPage();
 await p.goto('http://127.0.0.1:8836/app.html'); await p.waitForTimeout(800);
 await (await p.$('input[type=file]')).setInputFiles('./files/bad-values.xlsx'); await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(500);
 await p.getByRole('button',{name:'校验',exact:true}).click(); await p.waitForTimeout(2500);
 const t=await p.innerText('body'); const lines=t.split('\n'); lines.forEach((l,i)=>{if(l==='错误')console.log(lines[i+1],lines[i+2]);}); const k=t.indexOf('个错误'); console.log(t.slice(k-5,k+20));
 await b.close();})();
