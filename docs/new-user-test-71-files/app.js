const open=require('./pw.js');const fs=require('fs');
(async()=>{let {ctx,page,errs}=await open(360,'http://localhost:8710/app.html');
await page.screenshot({path:'./shots/app360-0.png',fullPage:true});
await page.setInputFiles('input[type=file] >> nth=0','./files/u3-jiedao-2025h2.xlsx'); await page.waitForTimeout(2500);
await page.getByRole('tab',{name:'总结'}).click(); await page.waitForTimeout(1000);
await page.locator('button:has-text("生成总结预览")').click().catch(()=>{}); await page.waitForTimeout(3000);
fs.writeFileSync('./out/app-u3h2.txt',await page.innerText('body'));
await page.screenshot({path:'./shots/app360-u3h2.png',fullPage:true});
const sw=await page.evaluate(()=>document.documentElement.scrollWidth); console.log('scrollWidth360',sw);
await ctx.close();
({ctx,page,errs}=await open(400,'http://localhost:8710/app.html'));
await page.getByRole('tab',{name:'标准表'}).click().catch(()=>{}); await page.waitForTimeout(500);
await page.locator('input[type=text]').first().fill('青石县教育局');
console.log('file inputs',await page.locator('input[type=file]').count());
const fi=page.locator('input[type=file][multiple]');
const dir='./files/u4/'; const files=fs.readdirSync(dir).map(f=>dir+f);
const [dl]=await Promise.all([page.waitForEvent('download',{timeout:20000}).catch(()=>null), fi.first().setInputFiles(files)]);
await page.waitForTimeout(4000);
fs.writeFileSync('./out/app-rollup.txt',await page.innerText('body'));
await page.screenshot({path:'./shots/app400-rollup.png',fullPage:true});
console.log('BUTTONS', await page.$$eval('button', els=>els.map(e=>e.innerText.slice(0,30)).join(' | ')));
let d=dl; if(!d){const b=page.locator('button:has-text("下载")'); if(await b.count()){[d]=await Promise.all([page.waitForEvent('download',{timeout:15000}),b.last().click()]);}}
if(d){await d.saveAs('./out/app-rollup.xlsx');console.log('DL',d.suggestedFilename());}
console.log('ERRS',errs); await ctx.close();})();
