const { chromium } = require('playwright-core');
module.exports = async function open(url, w=400, h=800) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] });
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, acceptDownloads: true, locale: 'zh-CN' });
  const page = await ctx.newPage();
  page.on('console', m => { if (m.type()==='error') console.log('CONSOLE', m.text()); });
  page.on('pageerror', e => console.log('PAGEERROR', e.message));
  await page.goto(url);
  return { browser, page };
};
