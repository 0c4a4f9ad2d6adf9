const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/'; const fs=require('fs');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 for (const [w,h] of [[360,640],[400,800]]){
  const ctx=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});
  const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push(String(e)));
  await p.goto('http://127.0.0.1:8856/app.html'); await p.waitForTimeout(1000);
  await p.locator('input[type=file]').first().setInputFiles('./out/a-ok.xlsx');
  await p.waitForTimeout(2500);
  await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3000);
  await p.screenshot({path:S+`app-${w}-summary.png`});
  await p.screenshot({path:S+`app-${w}-summary-full.png`,fullPage:true});
  fs.writeFileSync(S+`app-${w}-summary.txt`,await p.evaluate(()=>document.body.innerText));
  const btns=await p.evaluate(()=>[...document.querySelectorAll('button,input[type=checkbox],input[type=date]')].map(x=>(x.innerText||x.type||'').trim()).filter(Boolean));
  console.log(w,JSON.stringify(btns));
  // export
  const exp=p.getByRole('button',{name:/导出/}).first();
  if(await exp.count()){ const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(e=>null), exp.click()]);
    if(dl){ const fp='./out/ui-'+w+'-'+dl.suggestedFilename(); await dl.saveAs(fp); console.log('downloaded',fp);} else {await p.waitForTimeout(1500); await p.screenshot({path:S+`app-${w}-export-click.png`});} }
  console.log(w,'errors',errs);
  await ctx.close();
 }
 await b.close();
})();
