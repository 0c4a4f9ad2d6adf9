const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const browser=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const page=await browser.newPage({viewport:{width:1280,height:900},acceptDownloads:true});
 const errs=[]; page.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); page.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await page.goto('http://127.0.0.1:8824/app.html'); await page.waitForTimeout(2000);
 await page.screenshot({path:'shots/01-start.png'});
 console.log((await page.locator('body').innerText()).slice(0,1500));
 const input=page.locator('input[type=file]').first();
 await input.setInputFiles('hospital.xlsx'); await page.waitForTimeout(3000);
 await page.screenshot({path:'shots/02-opened.png',fullPage:true});
 console.log('----\n'+(await page.locator('body').innerText()).slice(0,3000));
 console.log('buttons:', (await page.locator('button, [role=tab]').allInnerTexts()).join(' | '));
 console.log('ERRS',errs);
 await browser.close();
})();
