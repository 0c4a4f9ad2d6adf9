const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await p.goto('http://127.0.0.1:8832/app.html'); await p.waitForTimeout(1500);
 await p.setInputFiles('input[type=file] >> nth=0','./files/a-h2.xlsx'); await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(800); await p.getByRole('button',{name:'生成总结预览'}).click(); await p.waitForTimeout(4000);
 await p.screenshot({path:'./shots/app-summary.png',fullPage:false});
 const t=await p.innerText('body'); console.log(t.slice(t.indexOf('总结')+2,t.indexOf('总结')+3500));
 console.log('buttons:',await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean)));
 console.log('checkbox:',await p.$$eval('input[type=checkbox]',bs=>bs.map(b=>b.parentElement.innerText)));
 const s=p.getByText(/坚持每日/).first(); if(await s.count()){await s.click();await p.waitForTimeout(800);}
 await p.screenshot({path:'./shots/app-summary-src.png',fullPage:false});
 const btn=p.getByRole('button',{name:/导出|下载.*Word|Word/}).first();
 const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}),btn.click()]);
 console.log('download:',dl.suggestedFilename()); await dl.saveAs('./files/web-h2.docx');
 console.log('ERRS',errs); await b.close();})();
