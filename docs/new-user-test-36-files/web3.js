const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900}}); const p=await ctx.newPage();
 p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
 await p.goto('http://127.0.0.1:8836/app.html'); await p.waitForTimeout(1000);
 await (await p.$('input[type=file]')).setInputFiles(process.argv[2]);
 await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(500);
 await p.getByRole('button',{name:'校验',exact:true}).click(); await p.waitForTimeout(2500);
 await p.screenshot({path:'./shots/3-check.png',fullPage:true});
 let t='';
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(500);
 {const g=p.getByRole('button',{name:'生成总结预览'}); if(await g.count()) await g.click(); await p.waitForTimeout(4000);}
 await p.screenshot({path:'./shots/4-summary.png',fullPage:true});
 t=await p.innerText('body'); console.log('-----SUMMARY\n'+t.slice(t.indexOf('根据台账'),t.indexOf('根据台账')+5000));
 const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'[disabled]':'')).filter(Boolean)); console.log('BUTTONS',JSON.stringify(btns));
 for(const name of ['导出 Word','仍然导出']){ const bt=p.getByRole('button',{name}); if(await bt.count()){ const dl=p.waitForEvent('download',{timeout:8000}).catch(()=>null); await bt.first().click(); const d=await dl; if(d){const f='./files/out/web-'+d.suggestedFilename(); await d.saveAs(f); console.log('DOWNLOADED',f);} await p.waitForTimeout(1500);} }
 t=await p.innerText('body'); console.log('-----AFTER EXPORT\n'+t.slice(t.indexOf('根据台账'),t.indexOf('根据台账')+800));
 await p.screenshot({path:'./shots/5-export.png',fullPage:true});
 await b.close();
})();
