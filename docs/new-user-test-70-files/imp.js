const go=require('./pw');const fs=require('fs');(async()=>{const {b,p,errs}=await go(400);
await p.goto('http://127.0.0.1:8700/app.html');await p.waitForTimeout(3000);
await p.setInputFiles('input[type=file] >> nth=0','./files/u5-云水间民宿自制表.xlsx');await p.waitForTimeout(4000);
await p.click('button:has-text("导入已有台账")');await p.waitForTimeout(3000);await p.click('button:has-text("识别表格")');await p.waitForTimeout(4000);
fs.writeFileSync('./out/u5-app-import.txt',await p.innerText('body'));await p.screenshot({path:'./shots/u5-app-import.png',fullPage:true});
console.log(await p.$$eval('button,select,input',bs=>bs.map(b=>b.tagName+':'+(b.innerText||b.value||b.type).slice(0,40)+(b.disabled?'(x)':''))));
console.log('ERRS',errs);await b.close();})();
