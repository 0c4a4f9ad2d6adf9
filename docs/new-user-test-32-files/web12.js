const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; const reqs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message)); p.on('request',r=>{if(!r.url().startsWith('file:')&&!r.url().startsWith('data:')&&!r.url().startsWith('blob:'))reqs.push(r.url())});
 await p.goto('file://./dist/'+encodeURIComponent('创文台账助手网页版.html')); await p.waitForTimeout(2500);
 await p.setInputFiles('input[type=file] >> nth=0','./files/p-乡镇.xlsx'); await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(500); await p.getByRole('button',{name:'生成总结预览'}).click(); await p.waitForTimeout(4000);
 const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}),p.getByRole('button',{name:'导出 Word'}).click()]);
 console.log('dl',dl.suggestedFilename()); await dl.saveAs('./files/single-p.docx');
 await p.screenshot({path:'./shots/single-file.png'});
 console.log('ERRS',errs,'REQS',reqs); await b.close();})();
