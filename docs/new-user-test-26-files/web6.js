const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage();
await p.goto('http://127.0.0.1:8826/app.html'); await p.waitForTimeout(1500);
await p.getByLabel(/汇总单位名称/).fill('区委文明办');
const fis=await p.$$('input[type=file]'); let target=null; for(const f of fis){ if((await f.getAttribute('multiple'))!==null) target=f; }
await target.setInputFiles(['h1-民政局.xlsx','h2-城管局.xlsx','h3-教育局.xlsx'].map(x=>'./'+x)); await p.waitForTimeout(3000);
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:20000}), p.locator('button:has-text("下载汇总台账")').click()]);
await dl.saveAs('./out/web-roll.xlsx'); console.log('DL',dl.suggestedFilename());
await b.close();})();
