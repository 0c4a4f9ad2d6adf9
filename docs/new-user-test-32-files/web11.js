const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await p.goto('http://127.0.0.1:8832/app.html'); await p.waitForTimeout(1500);
 await p.setInputFiles('input[type=file] >> nth=0','./files/青石桥社区2025年上半年台账.xlsx'); await p.waitForTimeout(2500);
 await p.getByRole('button',{name:'预览下一期'}).click(); await p.waitForTimeout(2500);
 let t=await p.innerText('body'); let i=t.indexOf('开始下一期'); console.log(t.slice(i,i+1500));
 console.log('buttons:',await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'[disabled]':'')).filter(Boolean)));
 const bt=p.getByRole('button',{name:/下载下一期|生成下一期|下载/}).filter({hasNotText:'处理后'}).first();
 const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}),bt.click()]);
 console.log('dl',dl.suggestedFilename()); await dl.saveAs('./files/web-next.xlsx');
 console.log('ERRS',errs); await b.close();})();
