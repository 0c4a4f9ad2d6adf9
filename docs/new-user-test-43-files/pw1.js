const {chromium}=require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:400,height:800},acceptDownloads:true});
 const p=await ctx.newPage(); p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
 await p.goto('http://127.0.0.1:8843/app.html');await p.waitForTimeout(1500);
 await p.screenshot({path:'shots/app0.png',fullPage:true});
 console.log((await p.innerText('body')).slice(0,2000));
 console.log(await p.$$eval('button,input',els=>els.map(e=>e.tagName+':'+(e.innerText||e.type||'')+':'+(e.getAttribute('aria-label')||''))));
 await b.close();})();
