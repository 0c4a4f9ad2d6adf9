const open=require('./pw.js');
(async()=>{const {browser,page}=await open('http://127.0.0.1:8842/app.html',360,640);
await page.waitForTimeout(800);
await page.setInputFiles('input[type=file] >> nth=0', 'b-青石镇-2025下半年.xlsx');
await page.waitForTimeout(2000);
await page.getByRole('tab',{name:'总结'}).click();await page.waitForTimeout(500);
const g=page.getByRole('button',{name:'生成总结预览'}); if(await g.count()) await g.click();
await page.waitForTimeout(3000);
await page.screenshot({path:'./shots/b-sum-clip.png',clip:{x:0,y:480,width:360,height:400},fullPage:true});
// click a sentence
const s=page.getByRole('button',{name:/村里报的/}).first(); if(await s.count()){await s.click();await page.waitForTimeout(800);}
await page.screenshot({path:'./shots/b-sum-source.png',fullPage:false});
const t=await page.innerText('body'); const i=t.indexOf('数据来源');console.log(t.slice(i,i+600));
await browser.close();})();
