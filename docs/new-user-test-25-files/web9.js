const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push('PAGEERR '+e.message)); p.on('console',m=>{if(m.type()==='error')errs.push(m.text().slice(0,150))});
 await p.goto('http://127.0.0.1:8825/app.html'); await p.waitForTimeout(1000);
 let fis=await p.$$('input[type=file]');
 for (const f of ['dl/文本.xlsx','bad-zero.xlsx','roster.csv']) { await fis[0].setInputFiles(f); await p.waitForTimeout(1500); const t=await p.innerText('body'); console.log(f,'=>',t.split('\n').slice(2,6).join(' / ')); }
 await fis[0].setInputFiles('village.xlsx'); await p.waitForTimeout(2000);
 await p.getByRole('button',{name:'预览下一期'}).click(); await p.waitForTimeout(2500);
 let t=await p.innerText('body'); let i=t.indexOf('开始下一期'); console.log('NEXT:',t.slice(i,i+1200));
 console.log('BUTTONS:',(await p.$$eval('button',bs=>bs.map(x=>x.innerText.trim()).filter(Boolean))).join(' | '));
 const dlP=p.waitForEvent('download',{timeout:8000}).catch(()=>null);
 const nb=p.getByRole('button',{name:/下载下一期|生成下一期|确认/}); if(await nb.count()) await nb.first().click();
 const d=await dlP; if(d){console.log('DL',d.suggestedFilename()); await d.saveAs('dl/'+d.suggestedFilename());}
 await p.screenshot({path:'shots/next.png',fullPage:true});
 console.log('ERRS',errs);
 await b.close();})();
