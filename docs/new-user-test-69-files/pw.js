const {chromium}=require('playwright-core');
module.exports=async function(width=360){
  const ctx=await chromium.launchPersistentContext('./udd'+Math.random().toString(36).slice(2),{executablePath:'/usr/bin/chromium',headless:true,args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'],viewport:{width,height:800},acceptDownloads:true});
  const page=ctx.pages()[0]||await ctx.newPage();
  page.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
  return {ctx,page};
}
