const open=require('./pw.js');
(async()=>{const {ctx,page,errs}=await open(+process.argv[3]||360, process.argv[2]);
await page.screenshot({path:'./shots/'+process.argv[4]+'.png',fullPage:true});
console.log((await page.innerText('body')).slice(0,1500));
console.log('BUTTONS', await page.$$eval('button,input,[role=tab]', els=>els.map(e=>e.tagName+':'+(e.innerText||e.type||'')+':'+(e.getAttribute('aria-label')||'')).join(' | ')));
console.log('ERRS',errs); await ctx.close();})();
