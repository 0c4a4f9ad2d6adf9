const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await p.goto('http://127.0.0.1:8832/app.html'); await p.waitForTimeout(1500);
 await p.setInputFiles('input[type=file] >> nth=0','./files/i-手工台账.xlsx'); await p.waitForTimeout(2500);
 console.log((await p.innerText('body')).slice(0,900));
 await p.getByRole('button',{name:'导入已有台账…'}).click(); await p.waitForTimeout(2500);
 await p.screenshot({path:'./shots/app-import.png',fullPage:true});
 const t=await p.innerText('body'); const i=t.indexOf('导入'); console.log('----'); console.log(t.slice(i,i+3000));
 console.log('buttons:',await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'[disabled]':'')).filter(Boolean)));
 console.log('selects:',await p.$$eval('select',ss=>ss.map(s=>s.getAttribute('aria-label')+'='+s.value)));
 console.log('ERRS',errs); await b.close();})();
