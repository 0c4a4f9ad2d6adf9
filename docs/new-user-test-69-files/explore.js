const open=require('./pw.js');
(async()=>{const {ctx,page}=await open(+process.argv[3]||360);
await page.goto(process.argv[2]);await page.waitForTimeout(2500);
await page.screenshot({path:'./shots/'+process.argv[4]+'.png',fullPage:true});
console.log(await page.evaluate(()=>[...document.querySelectorAll('button,[role=tab],input,a')].map(b=>b.tagName+':'+(b.innerText||b.type||'').trim().slice(0,40)+(b.disabled?'(disabled)':'')).join('\n')));
await ctx.close();})();
