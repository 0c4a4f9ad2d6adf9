const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900},locale:'zh-CN'});
 for (const f of ['bad-empty.xlsx','bad-text.xlsx','i-手工台账.xlsx','bad-values.xlsx']){
 const p=await ctx.newPage(); p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))}); p.on('pageerror',e=>console.log('PAGEERROR',e.message));
 await p.goto('http://127.0.0.1:8836/app.html'); await p.waitForTimeout(800);
 await (await p.$('input[type=file]')).setInputFiles('./files/'+f); await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(500); {const g=p.getByRole('button',{name:'生成总结预览'}); if(await g.count()) {await g.click(); await p.waitForTimeout(2500);}}
 const t=await p.innerText('body'); const i=t.indexOf('正在使用'); console.log('=====',f,'\n'+t.slice(Math.max(0,i-200),i+900).replace(/\n+/g,' | '));
 await p.screenshot({path:'./shots/10-'+f.replace(/\W/g,'_')+'.png',fullPage:false});
 await p.close();}
 await b.close();
})();
