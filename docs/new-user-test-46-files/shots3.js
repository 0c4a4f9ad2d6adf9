const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/';
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const errs=[];
 for(const [w,h] of [[360,640],[400,800]]){
  const ctx=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true}); const p=await ctx.newPage();
  p.on('pageerror',e=>errs.push(w+':'+e.message)); p.on('console',m=>{if(m.type()==='error')errs.push(w+' console:'+m.text())});
  await p.goto('http://127.0.0.1:8846/app.html'); await p.waitForTimeout(2500);
  await p.screenshot({path:S+`app-${w}-start.png`});
  await p.locator('input[type=file]').first().setInputFiles(w===360?'./files/b_bank.xlsx':'./files/c_ok.xlsx'); await p.waitForTimeout(3500);
  await p.screenshot({path:S+`app-${w}-opened.png`});
  await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3500);
  await p.screenshot({path:S+`app-${w}-summary.png`});
  await p.screenshot({path:S+`app-${w}-summary-full.png`,fullPage:true});
  console.log(w,'SUM BTNS',(await p.locator('button').allInnerTexts()).filter(t=>t.length<30).join(' | '));
  try{ const [dl]=await Promise.all([p.waitForEvent('download',{timeout:8000}), p.getByRole('button',{name:'导出 Word'}).click()]);
    await dl.saveAs('./out/app-'+w+'-'+dl.suggestedFilename()); console.log('downloaded',dl.suggestedFilename());}
  catch(e){console.log('export: ',e.message.split('\n')[0]); await p.screenshot({path:S+`app-${w}-export-ask.png`,fullPage:true});
    console.log((await p.locator('body').innerText()).match(/.*仍然.*$/m));
    try{const [dl]=await Promise.all([p.waitForEvent('download',{timeout:8000}), p.getByRole('button',{name:/仍然导出/}).click()]); await dl.saveAs('./out/app-'+w+'-'+dl.suggestedFilename()); console.log('downloaded after 仍然',dl.suggestedFilename());}catch(e2){console.log('still no',e2.message.split('\n')[0])}}
  await ctx.close();
 }
 console.log('ERRS',errs.join('\n'));
 await b.close();})();
