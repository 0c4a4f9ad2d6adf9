const { chromium } = require('playwright-core');
const fs=require('fs');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await p.goto('http://127.0.0.1:8832/app.html'); await p.waitForTimeout(1500);
 await p.setInputFiles('input[type=file] >> nth=0','./files/a-社区.xlsx'); await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(1500);
 await p.screenshot({path:'./shots/app-check.png',fullPage:true});
 const t=await p.innerText('body'); console.log(t.slice(0,2500));
 // click first finding
 const items=await p.$$('text=已整改数35大于发现数30'); console.log('items',items.length); if(items[0]){await items[0].click();await p.waitForTimeout(1000);await p.screenshot({path:'./shots/app-check-cell.png',fullPage:true});}
 await p.getByRole('button',{name:'规范数据'}).click(); await p.waitForTimeout(2000);
 await p.screenshot({path:'./shots/app-fix.png',fullPage:true});
 console.log('---FIX---'); console.log((await p.innerText('body')).slice(0,3000));
 console.log('buttons:',await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean)));
 console.log('ERRS',errs); await b.close();})();
