const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await p.goto('http://127.0.0.1:8825/app.html'); await p.waitForTimeout(1000);
 const fi=await p.$$('input[type=file]'); await fi[0].setInputFiles(process.argv[2]); await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(800); await p.getByRole('button',{name:'校验',exact:true}).last().click(); await p.waitForTimeout(2000);
 await p.screenshot({path:'shots/'+process.argv[3]+'-check.png',fullPage:true});
 const t=await p.innerText('main').catch(()=>p.innerText('body')); console.log('CHECK:',t.slice(0,2500));
 // click first finding
 const items=await p.$$('li button, [role=listitem] button'); console.log('finding buttons',items.length);
 if(items.length){await items[0].click(); await p.waitForTimeout(800); await p.screenshot({path:'shots/'+process.argv[3]+'-cell.png',fullPage:true}); }
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(800); const gb=p.getByRole('button',{name:/生成总结预览|重新生成|刷新/}); console.log('gen btns',await gb.count(), (await p.innerText('body')).slice(-600)); if(await gb.count()) await gb.first().click(); await p.waitForTimeout(4000);
 const dlP=p.waitForEvent('download',{timeout:8000}).catch(()=>null); const ex=p.getByRole('button',{name:/导出|下载.*Word|Word/}); console.log('export btns',await ex.count()); if(await ex.count()){await ex.first().click(); await p.waitForTimeout(1000); const more=p.getByRole('button',{name:/仍然/}); if(await more.count()) await more.first().click(); const d=await dlP; if(d){const fn='dl/'+process.argv[3]+'-'+d.suggestedFilename(); await d.saveAs(fn); console.log('DOWNLOADED',fn);} }
 await p.screenshot({path:'shots/'+process.argv[3]+'-summary.png',fullPage:true});
 console.log('SUMMARY:',(await p.innerText('body')).slice(0,4000));
 console.log('BUTTONS:',(await p.$$eval('button',bs=>bs.map(x=>x.innerText.trim()).filter(Boolean))).join(' | '));
 console.log('ERRS',errs);
 await b.close();})();
