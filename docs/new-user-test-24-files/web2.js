const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const browser=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const page=await browser.newPage({viewport:{width:1280,height:900},acceptDownloads:true});
 const errs=[]; page.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); page.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 page.on('request',r=>{if(!r.url().startsWith('http://127.0.0.1:8824'))errs.push('REQ '+r.url())});
 await page.goto('http://127.0.0.1:8824/app.html'); await page.waitForTimeout(1500);
 await page.locator('input[type=file]').first().setInputFiles('hospital.xlsx'); await page.waitForTimeout(2500);
 await page.getByRole('tab',{name:'校验'}).click(); await page.waitForTimeout(2500);
 await page.screenshot({path:'shots/03-check.png',fullPage:true});
 const t=await page.locator('body').innerText(); console.log(t.slice(t.indexOf('校验'),t.indexOf('校验')+1200));
 // click first finding
 const f=page.getByText('已整改数27大于发现数25',{exact:false}).first(); if(await f.count()){await f.click(); await page.waitForTimeout(1500); await page.screenshot({path:'shots/04-cell.png',fullPage:true});}
 await page.getByRole('tab',{name:'总结'}).click(); await page.waitForTimeout(4000);
 await page.screenshot({path:'shots/05-summary.png',fullPage:true});
 const s=await page.locator('body').innerText(); console.log('=====SUMMARY TAB\n'+s.slice(0,4000));
 console.log('buttons:', (await page.locator('button').allInnerTexts()).join(' | '));
 console.log('ERRS',errs);
 await browser.close();
})();
