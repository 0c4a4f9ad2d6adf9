const fs=require('fs');
(async()=>{const {b,p}=await require('./pw.js')(360,640);
await p.goto('http://127.0.0.1:8841/app.html');await p.waitForTimeout(1000);
await p.setInputFiles('input[type=file] >> nth=0','./files/h-ok.xlsx');await p.waitForTimeout(2500);
await p.locator('button',{hasText:'预览下一期'}).click();await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/h-next.png',fullPage:false});
let t=await p.innerText('body');console.log(t.slice(t.indexOf('预览下一期'),t.indexOf('预览下一期')+900));
// comparison: open b-ok, compare with a-ok (other unit)
await p.setInputFiles('input[type=file] >> nth=0','./files/b-ok.xlsx');await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);
await p.locator('button',{hasText:'生成总结预览'}).click().catch(()=>{});await p.waitForTimeout(3000);
const inputs=await p.$$('input[type=file]');await inputs[inputs.length-1].setInputFiles('./files/a-ok.xlsx');await p.waitForTimeout(3000);
t=await p.innerText('body');const i=t.indexOf('选择上期台账');console.log('---CMP---\n'+t.slice(i-300,i+500));
await p.screenshot({path:'./shots/b-cmp.png'});
await b.close();})();
