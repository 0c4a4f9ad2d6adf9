const {chromium}=require('playwright-core');
module.exports=async function(width){const ctx=await chromium.launchPersistentContext('./ud/'+Date.now(),{executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'],viewport:{width,height:800},acceptDownloads:true});
const p=await ctx.newPage();const errs=[];p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});p.on('pageerror',e=>errs.push(String(e)));return {b:ctx,p,errs};}
