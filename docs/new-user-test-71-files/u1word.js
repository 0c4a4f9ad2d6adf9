const open=require('./pw.js');const fs=require('fs');
(async()=>{const {ctx,page,errs}=await open(360,'http://localhost:8710/taskpane.html?preview=1&host=word');
await page.screenshot({path:'./shots/u1-word0.png',fullPage:true});
await page.setInputFiles('input[type=file] >> nth=0','./files/u1-kexie-2025.xlsx'); await page.waitForTimeout(4000);
await page.screenshot({path:'./shots/u1-word1.png',fullPage:true});
let s=await page.innerText('body'); fs.writeFileSync('./out/u1word.txt',s);
console.log('BUTTONS', await page.$$eval('button', els=>els.map(e=>e.innerText.slice(0,30)).join(' | ')));
const b=page.locator('button:has-text("新建文档打开")'); console.log('enabled',await b.isEnabled());
await b.click(); await page.waitForTimeout(2000);
const more=page.locator('button:has-text("仍然生成")'); if(await more.count()){ const [dl]=await Promise.all([page.waitForEvent('download',{timeout:15000}).catch(()=>null),more.first().click()]); if(dl){await dl.saveAs('./out/u1-word.docx');console.log('DL',dl.suggestedFilename());}}
await page.waitForTimeout(2000);
s=await page.innerText('body'); fs.writeFileSync('./out/u1word2.txt',s);
await page.screenshot({path:'./shots/u1-word2.png',fullPage:true});
console.log('ERRS',errs); await ctx.close();})();
