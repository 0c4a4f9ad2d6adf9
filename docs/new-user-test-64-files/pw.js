const { chromium } = require('playwright-core');
module.exports.launch=async(w=360,h=800)=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true,locale:'zh-CN'});const p=await ctx.newPage();p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});p.on('pageerror',e=>console.log('PAGEERR',e.message));return {b,p};};
