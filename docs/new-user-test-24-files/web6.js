const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const browser=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const page=await browser.newPage({viewport:{width:360,height:800},acceptDownloads:true});
 const errs=[]; page.on('pageerror',e=>errs.push('PAGEERR '+e.message)); page.on('console',m=>{if(m.type()==='error')errs.push(m.text().slice(0,150))});
 await page.goto('http://127.0.0.1:8824/taskpane.html?preview=1&host=word'); await page.waitForTimeout(3000);
 await page.locator('input[type=file]').first().setInputFiles('park.xlsx'); await page.waitForTimeout(5000);
 await page.screenshot({path:'shots/08-word.png',fullPage:true});
 let s=await page.locator('body').innerText(); console.log(s.slice(0,2500));
 console.log('buttons:', (await page.locator('button').allInnerTexts()).join(' | '));
 console.log('ERRS',errs); await browser.close();
})();
