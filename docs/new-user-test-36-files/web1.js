const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900}}); const p=await ctx.newPage();
 p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
 await p.goto('http://127.0.0.1:8836/app.html'); await p.waitForTimeout(1500);
 await p.screenshot({path:'./shots/1-start.png'});
 console.log((await p.innerText('body')).slice(0,1500));
 const fi=await p.$('input[type=file]'); await fi.setInputFiles(process.argv[2]||'./files/a-社区.xlsx');
 await p.waitForTimeout(3000); await p.screenshot({path:'./shots/2-opened.png',fullPage:true});
 console.log('-----AFTER OPEN\n'+(await p.innerText('body')).slice(0,3000));
 await b.close();
})();
