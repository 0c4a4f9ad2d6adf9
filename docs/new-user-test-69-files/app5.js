const open=require('./pw.js');const fs=require('fs');
(async()=>{const {ctx,page}=await open(360);
await page.goto('http://127.0.0.1:8690/app.html');await page.waitForTimeout(2000);
await page.locator('input[type=file]').first().setInputFiles('./files/u5-锦江宾馆自制表.xlsx');await page.waitForTimeout(2500);
await page.getByRole('tab',{name:'总结'}).click();await page.waitForTimeout(2000);
let t=await page.locator('body').innerText();console.log('--hotel 总结:\n'+t.split('\n').slice(3,16).join('\n'));
await page.screenshot({path:'./shots/app-hotel-summary.png',fullPage:true});
// rapid tab switching while loading a real file
await page.locator('input[type=file]').first().setInputFiles('./files/u1b.xlsx');
for(const n of ['校验','标准表','总结','校验','总结']){await page.getByRole('tab',{name:n}).click();await page.waitForTimeout(120);}
await page.waitForTimeout(3000);
t=await page.locator('body').innerText();console.log('--after switching:\n'+t.split('\n').slice(3,12).join('\n'));
console.log('has title',t.includes('青川县人力资源和社会保障局2025年度创建文明城市工作总结'));
await page.setViewportSize({width:320,height:700});await page.waitForTimeout(800);
console.log('scrollWidth@320',await page.evaluate(()=>document.documentElement.scrollWidth));
await page.screenshot({path:'./shots/app-320-summary.png'});
await ctx.close();})();
