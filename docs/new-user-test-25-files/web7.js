const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push('PAGEERR '+e.message)); p.on('console',m=>{if(m.type()==='error')errs.push(m.text().slice(0,150))});
 await p.goto('http://127.0.0.1:8825/app.html'); await p.waitForTimeout(1000);
 const fis=await p.$$('input[type=file]'); await fis[0].setInputFiles('hospital.xlsx'); await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(500);
 await p.getByRole('button',{name:'规范数据',exact:true}).last().click(); await p.waitForTimeout(3000);
 let t=await p.innerText('body'); let i=t.indexOf('规范数据'); console.log('FIX:',t.slice(t.lastIndexOf('规范数据')-50).slice(0,2500));
 await p.screenshot({path:'shots/fix.png',fullPage:true});
 console.log('BUTTONS:',(await p.$$eval('button',bs=>bs.map(x=>x.innerText.trim()).filter(Boolean).filter(x=>x.length<30))).join(' | '));
 const ap=p.getByRole('button',{name:/修改所选/}); console.log('apply btns',await ap.count());
 if(await ap.count()){await ap.first().click(); await p.waitForTimeout(2000);}
 t=await p.innerText('body'); console.log('AFTER:',t.slice(t.lastIndexOf('规范数据')-50).slice(0,800));
 const dlP=p.waitForEvent('download',{timeout:8000}).catch(()=>null);
 await p.getByRole('button',{name:/下载处理后的台账/}).click(); const d=await dlP; if(d){await d.saveAs('dl/web-fixed.xlsx'); console.log('DL',d.suggestedFilename());}
 console.log('ERRS',errs);
 await b.close();})();
