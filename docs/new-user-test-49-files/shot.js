const { chromium } = require('./node_modules/playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const p=await b.newPage({viewport:{width:360,height:640}});
 await p.goto('file://./dist/app.html'); await p.waitForTimeout(2500);
 const inp=await p.$('input[type=file]'); if(inp){await inp.setInputFiles('./files/d-redcross.xlsx'); await p.waitForTimeout(3000);}
 await p.screenshot({path:'./shots/app-360-redcross.png',fullPage:false});
 const t=await p.evaluate(()=>document.body.innerText.slice(0,800)); console.log(t);
 await b.close();})();
