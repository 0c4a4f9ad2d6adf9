const { chromium } = require('./node_modules/playwright-core');
const S='./shots/';
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 // app.html at 360x640
 for (const [w,h] of [[360,640],[400,800]]){
  const ctx=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});
  const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push(String(e)));
  await p.goto('http://127.0.0.1:8855/app.html'); await p.waitForTimeout(1500);
  await p.screenshot({path:S+`app-${w}-start.png`,fullPage:true});
  const inp=await p.$('input[type=file]');
  await inp.setInputFiles('./files/in/a-城东农贸市场-2025上半年.xlsx');
  await p.waitForTimeout(3000);
  await p.screenshot({path:S+`app-${w}-opened.png`,fullPage:true});
  const txt=await p.evaluate(()=>document.body.innerText); require('fs').writeFileSync(S+`app-${w}-opened.txt`,txt);
  console.log(w,'errors',errs);
  await ctx.close();
 }
 await b.close();
})();
