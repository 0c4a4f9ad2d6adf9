const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900}}); const p=await ctx.newPage();
 p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
 await p.goto('http://127.0.0.1:8836/app.html'); await p.waitForTimeout(1000);
 await (await p.$('input[type=file]')).setInputFiles(process.argv[2]);
 await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(2000);
 await p.screenshot({path:'./shots/3-check.png',fullPage:true});
 const t=await p.innerText('body'); console.log('-----CHECK\n'+t.slice(t.indexOf('校验'),t.indexOf('校验')+2500));
 // click first finding
 const items=await p.$$('[role=tab]'); 
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3000);
 await p.screenshot({path:'./shots/4-summary.png',fullPage:true});
 const t2=await p.innerText('body'); console.log('-----SUMMARY\n'+t2.slice(t2.indexOf('总结'),t2.indexOf('总结')+4000));
 const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean)); console.log('BUTTONS',JSON.stringify(btns));
 await b.close();
})();
