const open=require('./shot');const fs=require('fs');
(async()=>{const {b,page}=await open(360,800);
await page.goto('http://127.0.0.1:8680/taskpane.html?preview=1&host=word');await page.waitForTimeout(1500);
await page.setInputFiles('input[type=file]','./files/u1c.xlsx');await page.waitForTimeout(3000);
await page.locator('input[type=date]').fill('2026-01-08');await page.waitForTimeout(1500);
await page.locator('button:visible:text-is("新建文档打开")').click();await page.waitForTimeout(3000);
const t=await page.evaluate(()=>document.body.innerText);console.log(t.split('\n').filter(l=>/已|文档|下载|Word|2026年1月8日/.test(l)).slice(0,12).join('\n'));
await page.screenshot({path:'./shots/word-new.png'});
// wrong file
await page.setInputFiles('input[type=file]','./out/u2.docx');await page.waitForTimeout(2000);
console.log('---wrong file:');console.log((await page.evaluate(()=>document.body.innerText)).split('\n').slice(2,8).join('\n'));
await b.close();
const x=await open(400,800);const p=x.page;
await p.goto('http://127.0.0.1:8680/app.html');await p.waitForTimeout(1500);
await p.setInputFiles('input[type=file] >> nth=0','./files/fake.xlsx');await p.waitForTimeout(2000);
console.log('---app fake:');console.log((await p.evaluate(()=>document.body.innerText)).split('\n').slice(2,9).join('\n'));
// switching tabs quickly with valid file
await p.setInputFiles('input[type=file] >> nth=0','./files/u2b.xlsx');await p.waitForTimeout(300);
for(const n of ['总结','校验','标准表','总结','校验','总结']){await p.getByRole('tab',{name:n}).click();await p.waitForTimeout(150);}
await p.waitForTimeout(4000);
const tt=await p.evaluate(()=>document.body.innerText);console.log('---after switching:',tt.includes('中国移动通信集团某省有限公司青川分公司2025年上半年创建文明城市工作总结'), tt.slice(0,400));
await p.screenshot({path:'./shots/app400-switch.png'});
await x.b.close();})();
