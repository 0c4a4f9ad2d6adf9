const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:360,height:800},locale:'zh-CN'}); const p=await ctx.newPage();
 p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
 await p.route(/appsforoffice|office\.js/, r=>r.abort());
 await p.goto('http://127.0.0.1:8836/taskpane.html?preview=1&host=word'); await p.waitForTimeout(2500);
 await (await p.$('input[type=file]')).setInputFiles('./files/b-村.xlsx'); await p.waitForTimeout(4000);
 await p.screenshot({path:'./shots/8-word.png',fullPage:true});
 let t=await p.innerText('body'); console.log(t.slice(0,1800));
 const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'[disabled]':'')).filter(Boolean)); console.log('BUTTONS',JSON.stringify(btns));
 const nb=p.getByRole('button',{name:'新建文档打开'}); if(await nb.count()){const dl=p.waitForEvent('download',{timeout:8000}).catch(()=>null); await nb.click(); await p.waitForTimeout(3000); const d=await dl; if(d){await d.saveAs('./files/out/word-'+d.suggestedFilename());console.log('DL',d.suggestedFilename());}
  t=await p.innerText('body'); const i=t.indexOf('已生成'); console.log('MSG',t.slice(i,i+200));}
 // excel pane preview
 const p2=await ctx.newPage(); await p2.route(/appsforoffice|office\.js/, r=>r.abort()); await p2.goto('http://127.0.0.1:8836/taskpane.html?preview=1'); await p2.waitForTimeout(3000);
 await p2.screenshot({path:'./shots/9-excelpane.png',fullPage:true}); console.log('EXCELPANE',(await p2.innerText('body')).slice(0,600));
 await b.close();
})();
