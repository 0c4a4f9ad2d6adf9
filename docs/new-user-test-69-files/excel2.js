const open=require('./pw.js');const fs=require('fs');
(async()=>{const {ctx,page}=await open(360);
await page.goto('http://127.0.0.1:8690/taskpane.html?preview=1');await page.waitForTimeout(2000);
await page.locator('input[type=file]').first().setInputFiles('./files/u2-农商行支行-2025Q2.xlsx');
await page.waitForTimeout(2500);
await page.getByRole('tab',{name:'校验'}).click();await page.waitForTimeout(800);
await page.locator('button',{hasText:/^规范数据$/}).first().click();await page.waitForTimeout(2500);
await page.locator('button',{hasText:/修改所选/}).click();await page.waitForTimeout(3000);
let t=await page.locator('body').innerText();console.log((t.match(/.*已规范.*|.*已修改.*|.*撤销.*/g)||[]).join('\n'));
await page.locator('button',{hasText:/^校验$/}).nth(1).click();await page.waitForTimeout(2500);
t=await page.locator('body').innerText();console.log((t.match(/\d+ 个错误，\d+ 个提示/g)||[]).join(' / '));
await page.screenshot({path:'./shots/u2-after-fix.png',fullPage:true});
await page.getByRole('tab',{name:'总结'}).click();await page.waitForTimeout(2500);
const [dl]=await Promise.all([page.waitForEvent('download',{timeout:8000}).catch(()=>null),page.locator('button',{hasText:'导出 Word'}).click()]);
await page.waitForTimeout(1000);
if(!dl){t=await page.locator('body').innerText();console.log(t.split('\n').filter(l=>/错误|仍然/.test(l)).slice(0,6).join('\n'));const b2=page.locator('button',{hasText:'仍然导出'});const [d2]=await Promise.all([page.waitForEvent('download',{timeout:8000}).catch(()=>null),b2.click()]);if(d2){await d2.saveAs('./out/u2-pane.docx');console.log('saved',d2.suggestedFilename());}}
else {await dl.saveAs('./out/u2-pane.docx');console.log('saved',dl.suggestedFilename());}
await ctx.close();})();
