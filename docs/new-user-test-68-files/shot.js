const { chromium } = require('playwright-core');
module.exports = async function(width, height=900){
  const b = await chromium.launchPersistentContext('./ud-'+Math.random().toString(36).slice(2), {executablePath:'/usr/bin/chromium', headless:true,
    args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'], viewport:{width,height}, acceptDownloads:true});
  const page = b.pages()[0] || await b.newPage();
  page.on('console', m => { if (m.type()==='error') console.log('CONSOLE', m.text()); });
  page.on('pageerror', e => console.log('PAGEERR', e.message));
  return {b, page};
};
