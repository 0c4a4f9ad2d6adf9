const open=require('./pw.js');const fs=require('fs');
(async()=>{const {ctx,page,errs}=await open(360,'http://localhost:8710/taskpane.html?preview=1');
await page.setInputFiles('input[type=file] >> nth=0','./files/u2-jixie-2025q3.xlsx'); await page.waitForTimeout(2500);
await page.getByRole('tab',{name:'校验'}).click(); await page.locator('button:text-is("校验")').last().click(); await page.waitForTimeout(2000);
await page.locator('button:text-is("规范数据")').click(); await page.waitForTimeout(2000);
await page.locator('button:has-text("修改所选")').click(); await page.waitForTimeout(3000);
const t=await page.innerText('body'); fs.writeFileSync('./out/u2pane-applied.txt',t); console.log(t.slice(0,1500));
await page.screenshot({path:'./shots/u2-applied.png',fullPage:true});
// now corrected file
await page.setInputFiles('input[type=file] >> nth=0','./files/u2-corrected.xlsx'); await page.waitForTimeout(2500);
await page.getByRole('tab',{name:'总结'}).click(); await page.waitForTimeout(3000);
const s=await page.innerText('body'); fs.writeFileSync('./out/u2pane-corr-summary.txt',s);
const [dl]=await Promise.all([page.waitForEvent('download'),page.locator('button:text-is("导出 Word")').click()]);
await dl.saveAs('./out/u2-pane.docx'); console.log('DL',dl.suggestedFilename());
await page.screenshot({path:'./shots/u2-summary.png',fullPage:true});
console.log('ERRS',errs); await ctx.close();})();
