const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
 const browser=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const page=await browser.newPage({viewport:{width:1000,height:900},acceptDownloads:true});
 const errs=[]; page.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); page.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await page.goto('http://127.0.0.1:8824/app.html'); await page.waitForTimeout(1500);
 await page.getByLabel(/汇总单位名称/).fill('滨江区卫生健康委员会');
 const fcs=page.waitForEvent('filechooser'); await page.getByRole('button',{name:/选择台账文件/}).click(); const fc=await fcs;
 const dl=page.waitForEvent('download',{timeout:15000}).catch(()=>null);
 await fc.setFiles(['health/区人民医院.xlsx','health/区中医院.xlsx','health/城南社区卫生服务中心.xlsx']);
 await page.waitForTimeout(6000);
 let s=await page.locator('body').innerText(); let i=s.indexOf('汇总各单位台账'); console.log(s.slice(i,i+1500));
 await page.screenshot({path:'shots/07-rollup.png',fullPage:true});
 console.log('buttons:', (await page.locator('button').allInnerTexts()).join(' | '));
 let d=await dl; if(!d){ const b=page.getByRole('button',{name:/下载/}).last(); const dl2=page.waitForEvent('download',{timeout:8000}).catch(()=>null); await b.click(); d=await dl2;}
 if(d){await d.saveAs('out/web-health.xlsx'); console.log('DOWNLOADED',d.suggestedFilename());}
 console.log('ERRS',errs); await browser.close();
})();
