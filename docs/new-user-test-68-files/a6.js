const open=require('./shot');const fs=require('fs');
const dump=async(page,name)=>{const t=await page.evaluate(()=>document.body.innerText);fs.writeFileSync(`./out/${name}.txt`,t);await page.screenshot({path:`./shots/${name}.png`,fullPage:true});return t;};
(async()=>{const {b,page}=await open(400,800);
await page.goto('http://127.0.0.1:8680/app.html');await page.waitForTimeout(1500);
await page.locator('input[type=text]:visible').first().fill('青川县城东街道办事处');
const D='./files/rollup/';
await page.setInputFiles('input[type=file] >> nth=1',['幸福社区.xlsx','安宁社区.xlsx','和平社区.xlsx','城东街道本级.xlsx'].map(f=>D+f));await page.waitForTimeout(5000);
await dump(page,'app400-rollup');
console.log('scrollWidth',await page.evaluate(()=>document.documentElement.scrollWidth));
console.log(await page.evaluate(()=>[...document.querySelectorAll('button:not([disabled])')].filter(e=>e.offsetParent).map(e=>e.innerText.slice(0,30)).join(' | ')));
const d=page.locator('button:visible').filter({hasText:/下载汇总/});
if(await d.count()){const [dl]=await Promise.all([page.waitForEvent('download'),d.first().click()]);await dl.saveAs('./out/app-汇总.xlsx');console.log('dl',dl.suggestedFilename());}
await page.waitForTimeout(1500);await dump(page,'app400-rollup2');
await b.close();})();
