const go=require('./pw');const fs=require('fs');(async()=>{const {b,p,errs}=await go(360);
await p.goto('http://127.0.0.1:8700/app.html');await p.waitForTimeout(3000);
await p.setInputFiles('input[type=file] >> nth=0','./files/u3-城东社区-2025Q1.xlsx');await p.waitForTimeout(4000);
await p.click('button:has-text("预览下一期")');await p.waitForTimeout(4000);
fs.writeFileSync('./out/u3-app-next.txt',await p.innerText('body'));await p.screenshot({path:'./shots/u3-app-next.png',fullPage:true});
console.log(await p.$$eval('button',bs=>bs.map(b=>b.innerText.slice(0,40)+(b.disabled?'(x)':''))));
console.log('ERRS',errs);await b.close();})();
