const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:360,height:800}});
 const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await p.route(/^(?!http:\/\/127\.0\.0\.1)/, r=>r.abort());
 await p.goto('http://127.0.0.1:8825/taskpane.html?preview=1'); await p.waitForTimeout(3000);
 console.log((await p.innerText('body')).slice(0,600));
 const mis=p.getByRole('button',{name:/错误|示例|加入/}); console.log('mistake btns', await mis.count(), await mis.allInnerTexts());
 if(await mis.count()){await mis.first().click(); await p.waitForTimeout(1500);}
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(2500);
 await p.screenshot({path:'shots/pane-check.png',fullPage:true});
 console.log('CHECK:',(await p.innerText('body')).slice(0,1500));
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3000);
 await p.screenshot({path:'shots/pane-summary.png',fullPage:true});
 const t=await p.innerText('body'); console.log('SUM:',t.slice(0,1800));
 console.log('ERRS',errs);
 await b.close();})();
