const { chromium } = require('../../node_modules/playwright-core');
const fs=require('fs');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await p.goto('http://127.0.0.1:8825/app.html'); await p.waitForTimeout(1000);
 // rollup without a file open
 await p.getByLabel(/汇总单位名称/).fill('东城区卫生健康委员会').catch(e=>console.log('no label',e.message));
 const fis=await p.$$('input[type=file]'); console.log('inputs',fis.length);
 const dlP=p.waitForEvent('download',{timeout:15000}).catch(()=>null);
 await fis[fis.length-1].setInputFiles(['wjw/hosp1.xlsx','wjw/hosp2.xlsx','wjw/clinic.xlsx','bank.xlsx']); await p.waitForTimeout(5000);
 await p.screenshot({path:'shots/rollup.png',fullPage:true});
 const t=await p.innerText('body'); const i=t.indexOf('汇总各单位台账'); console.log('ROLLUP:',t.slice(i,i+2500));
 console.log('BUTTONS:',(await p.$$eval('button',bs=>bs.map(x=>x.innerText.trim()).filter(Boolean))).join(' | '));
 const dl2=p.getByRole('button',{name:/下载.*汇总/}); if(await dl2.count()){ await dl2.first().click();}
 const d=await dlP; if(d){const fn='dl/'+d.suggestedFilename(); await d.saveAs(fn); console.log('DOWNLOADED',fn);}
 console.log('ERRS',errs);
 await b.close();})();
