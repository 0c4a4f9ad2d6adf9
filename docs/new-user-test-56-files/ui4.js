const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/'; const fs=require('fs');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:400,height:800},acceptDownloads:true});
 const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push(String(e)));
 // Excel pane preview: open e-filled, summary, compare with a-ok
 await p.goto('http://127.0.0.1:8856/taskpane.html?preview=1'); await p.waitForTimeout(2500);
 await p.locator('input[type=file]').first().setInputFiles('./out/e-filled.xlsx'); await p.waitForTimeout(3000);
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(1000);
 const g=p.getByRole('button',{name:/生成总结预览/}); if(await g.count()) {await g.click(); await p.waitForTimeout(4000);}
 await p.screenshot({path:S+'pane-excel-e-summary.png'});
 fs.writeFileSync(S+'pane-excel-e-summary.txt',await p.evaluate(()=>document.body.innerText));
 const fi=p.locator('input[type=file]'); console.log('file inputs',await fi.count());
 // try compare input (last file input)
 const n=await fi.count(); if(n>1){ await fi.nth(n-1).setInputFiles('./out/a-ok.xlsx'); await p.waitForTimeout(4000);
   await p.screenshot({path:S+'pane-excel-e-compare.png'}); fs.writeFileSync(S+'pane-excel-e-compare.txt',await p.evaluate(()=>document.body.innerText)); }
 // app: 规范数据 on raw a
 await p.goto('http://127.0.0.1:8856/app.html'); await p.waitForTimeout(1500);
 await p.locator('input[type=file]').first().setInputFiles('./files/in/c-锦华苑小区物业服务中心-2025Q3.xlsx'); await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(800);
 await p.getByRole('button',{name:'规范数据',exact:true}).click(); await p.waitForTimeout(2500);
 await p.screenshot({path:S+'app-fix.png'}); fs.writeFileSync(S+'app-fix.txt',await p.evaluate(()=>document.body.innerText));
 // 预览下一期
 await p.getByRole('tab',{name:'标准表'}).click(); await p.waitForTimeout(800);
 await p.getByRole('button',{name:'预览下一期',exact:true}).click(); await p.waitForTimeout(2500);
 await p.screenshot({path:S+'app-next.png'}); fs.writeFileSync(S+'app-next.txt',await p.evaluate(()=>document.body.innerText));
 // 汇总
 await p.goto('http://127.0.0.1:8856/app.html'); await p.waitForTimeout(1500);
 const name=p.getByLabel(/汇总单位名称/); if(await name.count()) await name.fill('县住房和城乡建设局');
 const fis=p.locator('input[type=file]'); const k=await fis.count(); console.log('app file inputs',k);
 for(let i=0;i<k;i++){ const m=await fis.nth(i).getAttribute('multiple'); if(m!==null){ 
   const [dl]=await Promise.all([p.waitForEvent('download',{timeout:20000}).catch(()=>null), fis.nth(i).setInputFiles(['./files/in/d/县燃气公司.xlsx','./files/in/d/县园林绿化所.xlsx','./files/in/d/县建筑工程质量监督站.xlsx','./out/d-本级-fixed.xlsx'])]);
   await p.waitForTimeout(5000); if(dl){await dl.saveAs('./out/app-'+dl.suggestedFilename()); console.log('dl',dl.suggestedFilename());}
   await p.screenshot({path:S+'app-rollup.png',fullPage:true}); fs.writeFileSync(S+'app-rollup.txt',await p.evaluate(()=>document.body.innerText)); break; } }
 console.log('errors',errs.filter(e=>!/ERR_NAME_NOT_RESOLVED/.test(e)));
 await b.close();
})();
