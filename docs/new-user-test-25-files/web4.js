const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push('PAGEERR '+e.message)); p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
 await p.goto('http://127.0.0.1:8825/app.html'); await p.waitForTimeout(1000);
 const fis=await p.$$('input[type=file]'); await fis[0].setInputFiles('handmade.xlsx'); await p.waitForTimeout(2500);
 console.log('AFTER OPEN:',(await p.innerText('body')).slice(0,900));
 await p.getByRole('button',{name:/导入已有台账/}).click(); await p.waitForTimeout(2500);
 await p.screenshot({path:'shots/import1.png',fullPage:true});
 const t=await p.innerText('body'); const i=t.indexOf('导入已有台账'); console.log('IMPORT:',t.slice(i,i+3000));
 console.log('BUTTONS:',(await p.$$eval('button',bs=>bs.map(x=>x.innerText.trim()).filter(Boolean))).join(' | '));
 console.log('ERRS',errs);
 await b.close();})();
