const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8826/app.html'); await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./'+process.argv[2]); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(1000); const g=p.locator('button:has-text("生成总结预览")'); console.log('gen count',await g.count(), await g.first().isVisible(), await g.first().isEnabled()); await g.first().click({timeout:5000}); await p.waitForTimeout(5000);
console.log('buttons:', (await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).join(' | '));
await p.screenshot({path:'shots/app-sum-'+process.argv[3]+'.png',fullPage:true});
const s=await p.innerText('body'); const i=s.indexOf('根据台账'); console.log('=====SUM=====\n'+s.slice(i, i+4000));
const btn=p.getByRole('button',{name:/导出|下载.*Word|Word/}).first();
if(await btn.count()){ const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(e=>null), btn.click()]);
  await p.waitForTimeout(1500);
  if(dl){ const fn='./out/web-'+dl.suggestedFilename(); await dl.saveAs(fn); console.log('DOWNLOADED',fn);} else {console.log('no download'); console.log((await p.innerText('body')).slice(-1500));}
}
console.log('ERRS',errs);
await b.close();})();
