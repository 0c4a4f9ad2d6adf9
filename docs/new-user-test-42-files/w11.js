const open=require('./pw.js');
(async()=>{const {browser,page}=await open('http://127.0.0.1:8842/taskpane.html?preview=1',360,640);
await page.waitForTimeout(2500);
const txt=async()=>{const t=await page.innerText('body');return t.slice(t.indexOf('总结\n')+3)};
await page.setInputFiles('input[type=file] >> nth=0', 'd-区住建局-2025全年.xlsx');
await page.waitForTimeout(2500);
// rollup in pane with street files
await page.getByRole('textbox').first().fill('城东街道办事处');
const inputs=await page.$$('input[type=file]');console.log('file inputs',inputs.length);
await inputs[inputs.length-1].setInputFiles(['f1-东湖-错误.xlsx','f2-西岭-文本.xlsx','f3-南山-下半年.xlsx','f4-北苑.xlsx','f5-北苑社区台账(最终版).xlsx','fake.xlsx']);
await page.waitForTimeout(5000);
const t=await txt();const k=t.indexOf('汇总各单位台账');console.log('--- rollup\n'+t.slice(k,k+2500));
await page.screenshot({path:'./shots/pane-rollup.png',fullPage:true});
await page.getByRole('tab',{name:'总结'}).click();await page.waitForTimeout(800);
const g=page.getByRole('button',{name:'生成总结预览'}); if(await g.count()) await g.click();
await page.waitForTimeout(3000);
const sw=page.getByRole('switch',{name:/附主要指标统计表/}); if(await sw.count()){await sw.click();await page.waitForTimeout(1500);}
console.log('--- summary\n'+(await txt()).slice(0,4000));
await page.screenshot({path:'./shots/pane-d-summary.png',fullPage:false});
await browser.close();})();
