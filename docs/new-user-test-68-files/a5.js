const open=require('./shot');
(async()=>{const {b,page}=await open(360,800);
await page.goto('http://127.0.0.1:8680/app.html');await page.waitForTimeout(1500);
await page.setInputFiles('input[type=file] >> nth=0','./files/u3-Q4-filled.xlsx');await page.waitForTimeout(2500);
await page.getByRole('tab',{name:'总结'}).click();await page.waitForTimeout(3500);
await page.screenshot({path:'./shots/app360-summary-view1.png'});
await page.mouse.wheel(0,1200);await page.waitForTimeout(500);
await page.screenshot({path:'./shots/app360-summary-view2.png'});
// click on a sentence for source cells
const p=page.getByText('培训干部1450人次').first(); if(await p.count()){await p.click();await page.waitForTimeout(800);await page.screenshot({path:'./shots/app360-source.png'});}
await b.close();})();
