const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900},locale:'zh-CN'}); const p=await ctx.newPage();
 p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
 await p.goto('http://127.0.0.1:8836/app.html'); await p.waitForTimeout(1000);
 await p.getByLabel('汇总单位名称').fill('城关街道办事处');
 const dl=p.waitForEvent('download',{timeout:15000}).catch(()=>null);
 const [fc]=await Promise.all([p.waitForEvent('filechooser'), p.getByRole('button',{name:'选择台账文件…'}).click()]);
 await fc.setFiles(['1-向阳.xlsx','2-和平-有错误.xlsx','3-建设-全角.xlsx','4-光明-下半年.xlsx','5-向阳-副本.xlsx'].map(f=>'./files/street/'+f));
 await p.waitForTimeout(5000);
 await p.screenshot({path:'./shots/7-rollup.png',fullPage:true});
 const t=await p.innerText('body'); const i=t.indexOf('汇总各单位台账'); console.log(t.slice(i,i+2000));
 const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'[disabled]':'')).filter(Boolean)); console.log('BUTTONS',JSON.stringify(btns));
 let d=await dl; if(!d){ const x=p.getByRole('button',{name:/下载/}); for(let k=0;k<await x.count();k++){const n=await x.nth(k).innerText(); if(/汇总/.test(n)){const dl2=p.waitForEvent('download',{timeout:8000}).catch(()=>null); await x.nth(k).click(); d=await dl2;}}}
 if(d){await d.saveAs('./files/out/web-'+d.suggestedFilename()); console.log('DL',d.suggestedFilename());}
 await b.close();
})();
