const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push('PAGEERR '+e.message)); p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
 await p.goto('http://127.0.0.1:8825/app.html'); await p.waitForTimeout(1000);
 const fis=await p.$$('input[type=file]'); await fis[0].setInputFiles('handmade.xlsx'); await p.waitForTimeout(2500);
 await p.getByRole('button',{name:'预览下一期'}).click(); await p.waitForTimeout(2500);
 let t=await p.innerText('body'); let i=t.indexOf('开始下一期'); console.log('NEXT on non-ledger:',t.slice(i,i+600));
 await p.getByRole('button',{name:/导入已有台账/}).click(); await p.waitForTimeout(1500);
 for (const n of ['创文工作情况','宣传阵地','问题清单']) { const c=p.getByRole('checkbox',{name:n}); if(await c.count()) await c.check(); }
 await p.getByRole('button',{name:'识别表格'}).click(); await p.waitForTimeout(3000);
 await p.screenshot({path:'shots/import2.png',fullPage:true});
 t=await p.innerText('body'); i=t.indexOf('导入已有台账'); console.log('IMPORT2:',t.slice(i,i+3500));
 const sels=await p.$$eval('select',ss=>ss.map(s=>s.getAttribute('aria-label')+'='+s.value+' ['+[...s.options].map(o=>o.text).join(',')+']'));
 console.log('SELECTS',sels.slice(0,40));
 console.log('ERRS',errs);
 await b.close();})();
