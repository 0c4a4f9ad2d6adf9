const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/'; const fs=require('fs');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});
 const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push(String(e)));
 // Excel pane preview
 await p.goto('http://127.0.0.1:8856/taskpane.html?preview=1'); await p.waitForTimeout(2500);
 await p.screenshot({path:S+'pane-excel-start.png'});
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(2000);
 await p.screenshot({path:S+'pane-excel-check.png'});
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3000);
 await p.screenshot({path:S+'pane-excel-summary.png'});
 fs.writeFileSync(S+'pane-excel-summary.txt',await p.evaluate(()=>document.body.innerText));
 // pick 与上期对比 file: not applicable (sample); skip
 // Word pane with our file
 await p.goto('http://127.0.0.1:8856/taskpane.html?preview=1&host=word'); await p.waitForTimeout(2500);
 await p.screenshot({path:S+'pane-word-start.png'});
 await p.locator('input[type=file]').first().setInputFiles('./out/c-ok.xlsx'); await p.waitForTimeout(4000);
 await p.screenshot({path:S+'pane-word-c.png'});
 await p.screenshot({path:S+'pane-word-c-full.png',fullPage:true});
 fs.writeFileSync(S+'pane-word-c.txt',await p.evaluate(()=>document.body.innerText));
 const nb=p.getByRole('button',{name:/新建文档打开/});
 if(await nb.count()){ const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null), nb.click()]);
   await p.waitForTimeout(1500); await p.screenshot({path:S+'pane-word-c-after-new.png'});
   if(dl){const fp='./out/word-pane-'+dl.suggestedFilename(); await dl.saveAs(fp); console.log('dl',fp);} }
 // raw file with error in Word pane
 await p.goto('http://127.0.0.1:8856/taskpane.html?preview=1&host=word'); await p.waitForTimeout(2000);
 await p.locator('input[type=file]').first().setInputFiles('./files/in/b-共青团青山县委员会-2025全年.xlsx'); await p.waitForTimeout(4000);
 await p.screenshot({path:S+'pane-word-b-raw.png'});
 fs.writeFileSync(S+'pane-word-b-raw.txt',await p.evaluate(()=>document.body.innerText));
 console.log('errors',errs);
 await b.close();
})();
