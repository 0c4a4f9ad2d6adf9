const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const file=process.argv[2]||'hospital.xlsx', tag=process.argv[3]||'h';
 const browser=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const page=await browser.newPage({viewport:{width:1000,height:900},acceptDownloads:true});
 const errs=[]; page.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); page.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 page.on('request',r=>{if(!r.url().startsWith('http://127.0.0.1:8824'))errs.push('REQ '+r.url())});
 await page.goto('http://127.0.0.1:8824/app.html'); await page.waitForTimeout(1500);
 await page.locator('input[type=file]').first().setInputFiles(file); await page.waitForTimeout(2500);
 await page.getByRole('tab',{name:'总结'}).click(); await page.waitForTimeout(1500);
 console.log('buttons:', (await page.locator('button').allInnerTexts()).join(' | '));
 await page.getByRole('button',{name:/生成总结预览/}).click(); await page.waitForTimeout(5000);
 await page.screenshot({path:`shots/05-summary-${tag}.png`,fullPage:true});
 let s=await page.locator('body').innerText(); let i=s.indexOf('下载的 Word 文档'); console.log('=====SUMMARY TAB\n'+s.slice(i,i+4000));
 console.log('buttons:', (await page.locator('button').allInnerTexts()).join(' | '));
 for (const label of [/^导出 ?Word/, /仍然导出/]) { const b=page.getByRole('button',{name:label}); if(await b.count()){ const dl=page.waitForEvent('download',{timeout:8000}).catch(()=>null); await b.first().click(); const d=await dl; if(d){ const p='out/web-'+tag+'.docx'; await d.saveAs(p); console.log('DOWNLOADED',d.suggestedFilename(),p);} await page.waitForTimeout(1500);} }
 await page.screenshot({path:`shots/06-export-${tag}.png`,fullPage:false});
 console.log('ERRS',errs);
 await browser.close();
})();
