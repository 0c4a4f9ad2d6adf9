const open=require('./pw.js');
(async()=>{let {ctx,page}=await open(360,'http://localhost:8710/app.html');
await page.setInputFiles('input[type=file] >> nth=0','./files/u3-jiedao-2025h1.xlsx'); await page.waitForTimeout(2500);
await page.screenshot({path:'./shots/app360-open.png'});
await page.getByRole('tab',{name:'校验'}).click(); await page.waitForTimeout(1500);
await page.screenshot({path:'./shots/app360-check.png'});
await page.getByRole('tab',{name:'总结'}).click(); await page.waitForTimeout(1000);
await page.locator('button:has-text("生成总结预览")').click().catch(()=>{}); await page.waitForTimeout(2500);
await page.locator('input[type=checkbox]').last().check().catch(e=>console.log('cb',e.message)); await page.waitForTimeout(1500);
await page.screenshot({path:'./shots/app360-summary.png'});
await page.mouse.wheel(0,3000); await page.waitForTimeout(500);
// find 附表 element
const el=page.locator('text=附表').last(); if(await el.count()){await el.scrollIntoViewIfNeeded(); await page.screenshot({path:'./shots/app360-appendix.png'});}
// next period
await page.getByRole('tab',{name:'标准表'}).click(); await page.waitForTimeout(500);
await page.locator('button:has-text("预览下一期")').click(); await page.waitForTimeout(2500);
console.log((await page.innerText('body')).split('预览下一期')[1]?.slice(0,1500));
await page.screenshot({path:'./shots/app360-next.png'});
await ctx.close();})();
