const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/'; const fs=require('fs');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:360,height:640}});
 const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push(String(e)));
 await p.goto('http://127.0.0.1:8856/taskpane.html?preview=1&host=word'); await p.waitForTimeout(2000);
 await p.locator('input[type=file]').first().setInputFiles('./out/d/汇总2.xlsx'); await p.waitForTimeout(4000);
 await p.screenshot({path:S+'pane-word-rollup.png',fullPage:true});
 fs.writeFileSync(S+'pane-word-rollup.txt',await p.evaluate(()=>document.body.innerText));
 console.log(errs); await b.close();})();
