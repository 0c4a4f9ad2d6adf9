const open=require('./shot');const fs=require('fs');
(async()=>{const {b,page}=await open(400,800);
await page.goto('http://127.0.0.1:8680/app.html');await page.waitForTimeout(1500);
await page.setInputFiles('input[type=file] >> nth=0','./out/app-汇总.xlsx');await page.waitForTimeout(2500);
await page.getByRole('tab',{name:'总结'}).click();await page.waitForTimeout(4000);
await page.locator('input[type=date]').fill('2026-01-10');await page.waitForTimeout(2000);
fs.writeFileSync('./out/app400-rollup-summary.txt',await page.evaluate(()=>document.body.innerText));
await page.screenshot({path:'./shots/app400-rollup-summary.png',fullPage:true});
await b.close();})();
