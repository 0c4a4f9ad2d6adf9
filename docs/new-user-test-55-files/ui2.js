const { chromium } = require('./node_modules/playwright-core');
const fs=require('fs'); const S='./shots/';
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const file=process.argv[2], tag=process.argv[3], w=+process.argv[4]||360, h=+process.argv[5]||640;
 const ctx=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});
 const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push(String(e))); p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
 await p.goto('http://127.0.0.1:8855/app.html'); await p.waitForTimeout(1000);
 await (await p.$('input[type=file]')).setInputFiles(file); await p.waitForTimeout(3000);
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(1000);
 await p.screenshot({path:S+`${tag}-check.png`,fullPage:false});
 fs.writeFileSync(S+`${tag}-check.txt`,await p.evaluate(()=>document.body.innerText));
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3000);
 await p.screenshot({path:S+`${tag}-summary.png`,fullPage:false});
 fs.writeFileSync(S+`${tag}-summary.txt`,await p.evaluate(()=>document.body.innerText));
 const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'[disabled]':'')).filter(Boolean)); console.log(btns.join(' | '));
 try{ const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}), p.getByRole('button',{name:/导出 ?Word|下载.*docx|Word/}).first().click()]);
   await dl.saveAs('./out/ui-'+tag+'.docx'); console.log('downloaded',dl.suggestedFilename());
 }catch(e){console.log('no download',e.message.split('\n')[0]); await p.waitForTimeout(1000); await p.screenshot({path:S+`${tag}-summary-after.png`}); fs.writeFileSync(S+`${tag}-summary-after.txt`,await p.evaluate(()=>document.body.innerText));
   try{ const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}), p.getByRole('button',{name:/仍然/}).first().click()]); await dl.saveAs('./out/ui-'+tag+'.docx'); console.log('downloaded2',dl.suggestedFilename());}catch(e2){console.log('no dl2',e2.message.split('\n')[0])}
 }
 console.log('errors',errs); await b.close();
})();
