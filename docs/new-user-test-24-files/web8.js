const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const browser=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const page=await browser.newPage({viewport:{width:1000,height:900},acceptDownloads:true});
 const errs=[]; page.on('pageerror',e=>errs.push('PAGEERR '+e.message)); page.on('console',m=>{if(m.type()==='error')errs.push(m.text().slice(0,150))});
 await page.goto('http://127.0.0.1:8824/app.html'); await page.waitForTimeout(1500);
 for (const f of ['handmade.xlsx','hospital-ok.xlsx']) {
 await page.locator('input[type=file]').first().setInputFiles(f); await page.waitForTimeout(2500);
 await page.getByRole('button',{name:'预览下一期'}).click(); await page.waitForTimeout(3000);
 let s=await page.locator('body').innerText(); let i=s.indexOf('开始下一期'); console.log('===== '+f+'\n'+s.slice(i,i+1400));
 console.log('buttons:', (await page.locator('button').allInnerTexts()).join(' | '));
 if(f==='hospital-ok.xlsx'){ await page.screenshot({path:'shots/10-next.png',fullPage:true});
   const b=page.getByRole('button',{name:/下载下一期|下载/}); console.log('dl buttons',await b.allInnerTexts()); }
 }
 console.log('ERRS',errs); await browser.close();
})();
