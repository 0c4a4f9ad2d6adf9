const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900},locale:'zh-CN'});const p=await ctx.newPage();
 let reqs=0; p.on('request',r=>{if(!r.url().startsWith('file:')&&!r.url().startsWith('data:')&&!r.url().startsWith('blob:')){reqs++;console.log('REQ',r.url().slice(0,80));}});
 p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
 await p.goto('file:///tmp/nu36-single/'+encodeURIComponent('创文台账助手网页版.html')); await p.waitForTimeout(1500);
 await (await p.$('input[type=file]')).setInputFiles('./files/d-城管局.xlsx'); await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(500); {const g=p.getByRole('button',{name:'生成总结预览'}); if(await g.count()) {await g.click(); await p.waitForTimeout(3000);}}
 const dl=p.waitForEvent('download',{timeout:10000}).catch(()=>null); await p.getByRole('button',{name:'导出 Word'}).click(); const d=await dl; if(d){await d.saveAs('./files/out/single-'+d.suggestedFilename());console.log('DL',d.suggestedFilename());}
 console.log('requests',reqs);
 await b.close();})();
