const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/'; const fs=require('fs');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 for (const [w,h] of [[360,640],[400,800]]){
  const ctx=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});
  const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push(String(e)));
  await p.goto('http://127.0.0.1:8856/app.html'); await p.waitForTimeout(1500);
  await p.screenshot({path:S+`app-${w}-start.png`,fullPage:false});
  await p.locator('input[type=file]').first().setInputFiles('./files/in/a-县公共交通有限公司-2025上半年.xlsx');
  await p.waitForTimeout(3000);
  await p.screenshot({path:S+`app-${w}-opened.png`,fullPage:false});
  fs.writeFileSync(S+`app-${w}-opened.txt`,await p.evaluate(()=>document.body.innerText));
  const btns=await p.evaluate(()=>[...document.querySelectorAll('button,[role=tab]')].map(x=>x.innerText.trim()).filter(Boolean));
  console.log(w,'buttons',JSON.stringify(btns)); console.log(w,'errors',errs);
  await ctx.close();
 }
 await b.close();
})();
