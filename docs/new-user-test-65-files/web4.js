const {chromium}=require('playwright-core');const fs=require('fs');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});const p=await ctx.newPage();
await p.goto('http://127.0.0.1:8650/app.html');await p.waitForTimeout(1000);
await p.getByLabel(/汇总单位名称/).fill('澄江县水务集团有限公司');
await p.locator('input[type=file][multiple]').first().setInputFiles(['第一水厂','第二水厂','城区营业所','水务集团本级'].map(n=>`./out/water/${n}.xlsx`));await p.waitForTimeout(5000);
const [d]=await Promise.all([p.waitForEvent('download'),p.getByRole('button',{name:'下载汇总台账'}).click()]);
await d.saveAs('./out/web-水务汇总.xlsx');console.log(d.suggestedFilename());
await p.getByRole('button',{name:'下载汇总台账'}).scrollIntoViewIfNeeded();
await p.screenshot({path:'./shots/app360-rollup.png'});
// open it and summarise
await p.locator('input[type=file]').first().setInputFiles('./out/web-水务汇总.xlsx');await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(3000);
fs.writeFileSync('./out/web-sw.txt',await p.locator('[role=tabpanel]:not([hidden])').innerText());
await p.screenshot({path:'./shots/app360-rollup-summary.png'});
await b.close();})();
