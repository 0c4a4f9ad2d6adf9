const go=require('./pw');const fs=require('fs');(async()=>{const {b,p,errs}=await go(360);
await p.goto('http://127.0.0.1:8700/app.html');await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/u3-app-0.png',fullPage:true});
await p.setInputFiles('input[type=file] >> nth=0','./files/u3-城东社区-2025Q2.xlsx');await p.waitForTimeout(4000);
console.log(await p.$$eval('button,[role=tab],input',bs=>bs.map(b=>b.tagName+':'+(b.innerText||b.type)+(b.disabled?'(x)':''))));
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(4000);
const inputs=await p.$$('input[type=file]');console.log('files',inputs.length);
await p.setInputFiles('input[type=file] >> nth=-1','./files/u3-城东社区-2025Q1.xlsx');await p.waitForTimeout(4000);
fs.writeFileSync('./out/u3-app-summary.txt',await p.innerText('body'));await p.screenshot({path:'./shots/u3-app-summary.png',fullPage:true});
const w=await p.evaluate(()=>[document.documentElement.scrollWidth,document.documentElement.clientWidth]);console.log('width',w);
const dl=p.waitForEvent('download',{timeout:15000}).catch(()=>null);const x=p.locator('button:has-text("导出"),button:has-text("下载")');console.log(await x.allInnerTexts());
await x.first().click();const d=await dl;if(d){await d.saveAs('./out/u3-app.docx');console.log('saved',d.suggestedFilename())}
console.log('ERRS',errs);await b.close();})();
