const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:360,height:800}});
 const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await p.route(/^(?!http:\/\/127\.0\.0\.1)/, r=>r.abort());
 await p.goto('http://127.0.0.1:8832/taskpane.html?preview=1'); await p.waitForTimeout(3000);
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(1000);
 const g=p.getByRole('button',{name:/生成总结预览/}); if(await g.count()) {await g.click(); await p.waitForTimeout(3000);}
 await p.screenshot({path:'./shots/pane-summary.png',fullPage:false});
 const t=await p.innerText('body'); console.log(t.slice(0,1500));
 console.log('ERRS',errs); await b.close();})();
