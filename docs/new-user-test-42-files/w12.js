const open=require('./pw.js');
(async()=>{const {browser,page}=await open('http://127.0.0.1:8842/app.html',400,800);
await page.waitForTimeout(800);
const txt=async()=>{const t=await page.innerText('body');return t.slice(t.indexOf('总结\n')+3)};
await page.setInputFiles('input[type=file] >> nth=0', '福园社区2025年上半年台账.xlsx');
await page.waitForTimeout(2000);
await page.getByRole('button',{name:'预览下一期'}).click();await page.waitForTimeout(2500);
let t=await txt();let k=t.indexOf('开始下一期');console.log('--- next preview\n'+t.slice(k,k+2000));
await page.screenshot({path:'./shots/next-preview.png',fullPage:true});
console.log(await page.$$eval('button', els=>els.map(e=>(e.innerText||'').slice(0,30)+(e.disabled?'[disabled]':'')).filter(Boolean).join(' | ')));
const b=page.getByRole('button',{name:/下载下一期|生成下一期|下载/}).filter({hasNotText:'处理后'}).first();
if(await b.count()){const [dl]=await Promise.all([page.waitForEvent('download',{timeout:15000}).catch(()=>null),b.click()]);if(dl){console.log('DL',dl.suggestedFilename());await dl.saveAs('./files/web-next-'+dl.suggestedFilename());}}
// compare with mismatched previous
await page.getByRole('tab',{name:'总结'}).click();await page.waitForTimeout(500);
const g=page.getByRole('button',{name:'生成总结预览'}); if(await g.count()) await g.click();
await page.waitForTimeout(2500);
const inputs=await page.$$('input[type=file]');
await inputs[inputs.length-1].setInputFiles('c-幼儿园-2025Q1.xlsx');await page.waitForTimeout(3000);
t=await txt();k=t.indexOf('与上期对比');console.log('--- compare mismatch\n'+t.slice(k,k+500));
await inputs[inputs.length-1].setInputFiles('empty.xlsx');await page.waitForTimeout(2000);
t=await txt();k=t.indexOf('与上期对比');console.log('--- compare empty file\n'+t.slice(k,k+400));
await browser.close();})();
