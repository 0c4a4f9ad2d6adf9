const { chromium } = require('playwright-core');
module.exports = async function(width, url){
  const ctx = await chromium.launchPersistentContext('./out/ud-'+Date.now(), {executablePath:'/usr/bin/chromium', headless:true,
    args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'], viewport:{width, height:800}, acceptDownloads:true});
  const page = await ctx.newPage(); const errs=[];
  page.on('console', m=>{ if(m.type()==='error') errs.push(m.text()); }); page.on('pageerror', e=>errs.push(String(e)));
  await page.goto(url); await page.waitForTimeout(1500);
  return {ctx,page,errs};
};
