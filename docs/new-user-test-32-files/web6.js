const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:360,height:800}});
 const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await p.route(/^(?!http:\/\/127\.0\.0\.1)/, r=>r.abort());
 await p.goto('http://127.0.0.1:8832/taskpane.html?preview=1&host=word'); await p.waitForTimeout(3000);
 await p.screenshot({path:'./shots/word0.png'});
 console.log((await p.innerText('body')).slice(0,800));
 const fi=await p.$('input[type=file]'); await fi.setInputFiles('./files/h1-团区委-fx.xlsx'); await p.waitForTimeout(4000);
 await p.screenshot({path:'./shots/word1.png',fullPage:true});
 const t=await p.innerText('body'); console.log('----'); console.log(t.slice(0,2500));
 console.log('buttons:',await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'[disabled]':'')).filter(Boolean)));
 const bt=p.getByRole('button',{name:'新建文档打开'}); if(await bt.count()){ const dlp=p.waitForEvent('download',{timeout:8000}).catch(()=>null); await bt.click(); await p.waitForTimeout(3000); console.log((await p.innerText('body')).match(/已生成[^\n]*/)); const dl=await dlp; if(dl){console.log('dl',dl.suggestedFilename()); await dl.saveAs('./files/word-h1.docx');}}
 console.log('ERRS',errs.slice(0,5)); await b.close();})();
