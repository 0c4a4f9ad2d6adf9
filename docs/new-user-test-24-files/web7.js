const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const browser=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const page=await browser.newPage({viewport:{width:1100,height:900},acceptDownloads:true});
 const errs=[]; page.on('pageerror',e=>errs.push('PAGEERR '+e.message)); page.on('console',m=>{if(m.type()==='error')errs.push(m.text().slice(0,150))});
 await page.goto('http://127.0.0.1:8824/app.html'); await page.waitForTimeout(1500);
 await page.locator('input[type=file]').first().setInputFiles('handmade.xlsx'); await page.waitForTimeout(2500);
 let s=await page.locator('body').innerText(); console.log(s.slice(0,600));
 await page.getByRole('button',{name:/导入已有台账/}).click(); await page.waitForTimeout(3000);
 for (const n of ['创文工作统计','志愿者花名册','问题清单']) { const c=page.getByRole('checkbox',{name:n}); if(await c.count() && !(await c.isChecked())) await c.check(); }
 await page.getByRole('button',{name:'识别表格'}).click(); await page.waitForTimeout(3000);
 await page.screenshot({path:'shots/09-import.png',fullPage:true});
 s=await page.locator('body').innerText(); let i=s.indexOf('导入已有台账'); console.log('=====\n'+s.slice(i,i+2500));
 console.log('buttons:', (await page.locator('button').allInnerTexts()).join(' | '));
 console.log('ERRS',errs); await browser.close();
})();
