const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; let reqs=0; p.on('pageerror',e=>errs.push('PAGEERR '+e.message)); p.on('console',m=>{if(m.type()==='error')errs.push(m.text().slice(0,150))});
 p.on('request',r=>{if(!r.url().startsWith('file:')&&!r.url().startsWith('data:')&&!r.url().startsWith('blob:'))reqs++;});
 await p.goto('file://'+__dirname+'/single/创文台账助手网页版.html'); await p.waitForTimeout(2000);
 const fis=await p.$$('input[type=file]'); await fis[0].setInputFiles('market.xlsx'); await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(500); await p.getByRole('button',{name:'校验',exact:true}).last().click(); await p.waitForTimeout(2000);
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3000);
 const t=await p.innerText('body'); const i=t.indexOf('东城农贸市场2025'); console.log(t.slice(i,i+300));
 await p.screenshot({path:'shots/single.png'});
 console.log('external reqs',reqs,'ERRS',errs);
 await b.close();})();
