const go=require('./pw');(async()=>{const {b,p,errs}=await go(360);
await p.goto('http://127.0.0.1:8700/taskpane.html?preview=1&host=word');await p.waitForTimeout(3000);
await p.setInputFiles('input[type=file]','./files/u1-县统计局-2025上半年.xlsx');await p.waitForTimeout(5000);
await p.screenshot({path:'./shots/u1-word-1.png',fullPage:true});
require('fs').writeFileSync('./out/u1-word-body.txt',await p.innerText('body'));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText+(b.disabled?'(disabled)':'')));console.log(btns);
await p.click('text=新建文档打开');await p.waitForTimeout(2000);const t=await p.innerText('body');console.log(t.slice(-1500));
const btn2=await p.$('text=仍然生成');if(btn2){await btn2.click();await p.waitForTimeout(4000);}
const dl=p.waitForEvent('download',{timeout:8000}).catch(()=>null);const d=await p.$('text=下载 .docx');if(d){await d.click();const x=await dl;if(x)await x.saveAs('./out/u1-word.docx');}
await p.screenshot({path:'./shots/u1-word-2.png',fullPage:true});console.log('ERRS',errs);await b.close();})();
