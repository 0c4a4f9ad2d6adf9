const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await p.goto('http://127.0.0.1:8832/app.html'); await p.waitForTimeout(1500);
 await p.setInputFiles('input[type=file] >> nth=0','./files/a-社区.xlsx'); await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(500);
 await p.getByRole('button',{name:'校验',exact:true}).last().click(); await p.waitForTimeout(2500);
 await p.screenshot({path:'./shots/app-check.png',fullPage:false});
 const t=await p.innerText('body'); console.log(t.slice(0,1800));
 const it=p.getByText('已整改数35大于发现数30').first(); if(await it.count()){await it.click();await p.waitForTimeout(1200);await p.screenshot({path:'./shots/app-check-cell.png',fullPage:false}); console.log('--- after click'); console.log((await p.innerText('body')).slice(0,600));}
 // 规范数据 apply, then download
 await p.getByRole('button',{name:'规范数据'}).last().click(); await p.waitForTimeout(1500);
 await p.getByRole('button',{name:/修改所选/}).click(); await p.waitForTimeout(2000);
 console.log('--- after apply'); const t2=await p.innerText('body'); console.log(t2.slice(t2.indexOf('规范数据'),t2.indexOf('规范数据')+800));
 const [dl]=await Promise.all([p.waitForEvent('download'),p.getByRole('button',{name:'下载处理后的台账（.xlsx）'}).click()]);
 console.log('download name:',dl.suggestedFilename()); await dl.saveAs('./files/web-fixed.xlsx');
 console.log('ERRS',errs); await b.close();})();
