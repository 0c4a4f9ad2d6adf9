const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:360,height:800}});
 const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push('PAGEERR '+e.message)); p.on('console',m=>{if(m.type()==='error')errs.push(m.text().slice(0,150))});
 await p.route(/^(?!http:\/\/127\.0\.0\.1)/, r=>r.abort());
 await p.goto('http://127.0.0.1:8825/taskpane.html?preview=1&host=word'); await p.waitForTimeout(2500);
 const fis=await p.$$('input[type=file]'); console.log('inputs',fis.length);
 if(fis.length){await fis[0].setInputFiles('imported.xlsx'); await p.waitForTimeout(4000);}
 await p.screenshot({path:'shots/word-pane.png',fullPage:true});
 console.log('WORD:',(await p.innerText('body')).slice(0,2500));
 console.log('BUTTONS:',(await p.$$eval('button',bs=>bs.map(x=>x.innerText.trim()).filter(Boolean))).join(' | '));
 console.log('ERRS',errs);
 await b.close();})();
