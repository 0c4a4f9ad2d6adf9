const open=require('./shot');const fs=require('fs');
const dump=async(page,name)=>{const t=await page.evaluate(()=>document.body.innerText);fs.writeFileSync(`./out/${name}.txt`,t);await page.screenshot({path:`./shots/${name}.png`,fullPage:true});return t;};
(async()=>{const {b,page}=await open(360,800);
await page.goto('http://127.0.0.1:8680/app.html');await page.waitForTimeout(1500);
await page.setInputFiles('input[type=file] >> nth=0','./files/u3-党校-2025Q3.xlsx');await page.waitForTimeout(2500);
await page.locator('button:visible:text-is("预览下一期")').click();await page.waitForTimeout(3000);
let [dl]=await Promise.all([page.waitForEvent('download'),page.locator('button:visible:text-is("下载下一期台账")').click()]);
await dl.saveAs('./out/app-Q4.xlsx');console.log('next dl',dl.suggestedFilename());
await page.waitForTimeout(1000);await dump(page,'app-after-next');
// open Q4 filled
await page.setInputFiles('input[type=file] >> nth=0','./files/u3-Q4-filled.xlsx');await page.waitForTimeout(2500);
await page.getByRole('tab',{name:'总结'}).click();await page.waitForTimeout(800);
await page.waitForTimeout(3000);await dump(page,'app-q4-tab');const g=page.locator('button:visible:text-is("生成总结预览")'); if(await g.count()){await g.click();await page.waitForTimeout(4000);}
const cb=page.getByLabel('附主要指标统计表'); if(await cb.count()) {await cb.check(); await page.waitForTimeout(1500);}
await dump(page,'app-q4-summary');
console.log('scrollWidth',await page.evaluate(()=>document.documentElement.scrollWidth));
[dl]=await Promise.all([page.waitForEvent('download'),page.locator('button:visible').filter({hasText:/导出 Word|下载.*docx|下载总结/}).first().click()]);
await dl.saveAs('./out/app-q4.docx');console.log('docx dl',dl.suggestedFilename());
await b.close();})();
