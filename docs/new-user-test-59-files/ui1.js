const {chromium}=require('./repo/node_modules/playwright-core');
const S='./shots/';
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const log=[];
for(const [w,h] of [[360,640],[400,800]]){
 const ctx=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});
 const p=await ctx.newPage(); p.on('console',m=>{if(m.type()==='error')log.push(w+' console: '+m.text())}); p.on('pageerror',e=>log.push(w+' pageerror: '+e.message));
 await p.goto('http://127.0.0.1:8859/app.html'); await p.waitForTimeout(2500);
 await p.screenshot({path:S+`app_${w}_0.png`});
 const inp=await p.$('input[type=file]'); await inp.setInputFiles('./out/b_elder.xlsx'); await p.waitForTimeout(4000);
 await p.screenshot({path:S+`app_${w}_1_loaded.png`,fullPage:true});
 const btns=await p.$$eval('button,[role=tab]',els=>els.map(e=>e.textContent.trim()).filter(Boolean)); log.push(w+' buttons: '+btns.join(' | '));
 const tab=p.getByRole('tab',{name:/总结/}); if(await tab.count()){await tab.first().click(); await p.waitForTimeout(3000); await p.screenshot({path:S+`app_${w}_2_summary.png`,fullPage:true});
   const txt=await p.evaluate(()=>document.body.innerText); require('fs').writeFileSync(`./out/app_${w}_summary.txt`,txt);}
 await ctx.close();
}
console.log(log.join('\n')); await b.close();})();
