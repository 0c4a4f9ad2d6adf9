const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await p.goto('http://127.0.0.1:8832/app.html'); await p.waitForTimeout(1500);
 // rollup without opening a file
 await p.fill('input[type=text]','双河镇人民政府');
 const fc=p.waitForEvent('filechooser'); await p.getByRole('button',{name:'选择台账文件…'}).click(); const ch=await fc;
 const dlp=p.waitForEvent('download',{timeout:20000}).catch(()=>null);
 await ch.setFiles(['villages/柳塘村台账.xlsx','villages/石桥村台账.xlsx','villages/河湾村台账.xlsx','villages/向阳村台账.xlsx','a-社区.xlsx','bad/csv-renamed.xlsx'].map(f=>'./files/'+f));
 await p.waitForTimeout(5000);
 await p.screenshot({path:'./shots/app-rollup.png',fullPage:true});
 const t=await p.innerText('body'); const i=t.indexOf('汇总各单位台账'); console.log(t.slice(i,i+2500));
 console.log('buttons:',await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean)));
 let dl=await dlp; if(!dl){ const bt=p.getByRole('button',{name:/下载/}).last(); [dl]=await Promise.all([p.waitForEvent('download',{timeout:10000}),bt.click()]);}
 console.log('download:',dl.suggestedFilename()); await dl.saveAs('./files/web-rollup.xlsx');
 console.log('ERRS',errs); await b.close();})();
