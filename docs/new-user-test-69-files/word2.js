const open=require('./pw.js');const fs=require('fs');
(async()=>{const {ctx,page}=await open(360);
await page.goto('http://127.0.0.1:8690/taskpane.html?preview=1&host=word');await page.waitForTimeout(2500);
await page.locator('input[type=file]').first().setInputFiles('./files/u1b.xlsx');
await page.waitForTimeout(4000);
await page.locator('input[type=date]').fill('2026-01-05');await page.waitForTimeout(1500);
await page.locator('button',{hasText:'新建文档打开'}).click();await page.waitForTimeout(2000);
const [dl]=await Promise.all([page.waitForEvent('download',{timeout:15000}),page.locator('button',{hasText:'下载 .docx'}).click()]);
await dl.saveAs('./out/u1-word.docx');console.log('dl',dl.suggestedFilename());
// now try a wrong file: a png renamed
fs.copyFileSync('./shots/u1-word-after.png','./files/bad.xlsx');
await page.locator('input[type=file]').first().setInputFiles('./files/bad.xlsx');await page.waitForTimeout(2500);
const t=await page.locator('body').innerText();console.log(t.split('\n').slice(0,14).join('\n'));
await page.screenshot({path:'./shots/word-badfile.png',fullPage:true});
await ctx.close();})();
