const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await p.goto('http://127.0.0.1:8832/app.html'); await p.waitForTimeout(2000);
 await p.screenshot({path:'./shots/app0.png',fullPage:true});
 console.log((await p.innerText('body')).slice(0,2000));
 console.log('buttons:',await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean)));
 console.log('inputs:',await p.$$eval('input',bs=>bs.map(b=>b.type+':'+(b.accept||'')+':'+(b.getAttribute('aria-label')||''))));
 console.log('ERRS',errs);
 await b.close();})();
