const open=require('./pw.js');const fs=require('fs');
(async()=>{const {ctx,page}=await open(360);
await page.goto('http://127.0.0.1:8690/app.html');await page.waitForTimeout(2000);
await page.locator('input[type=file]').first().setInputFiles('./files/u3-全年b.xlsx');
await page.waitForTimeout(2500);
await page.getByRole('tab',{name:'总结'}).click();await page.waitForTimeout(3000);
await page.screenshot({path:'./shots/u3-app-summary.png',fullPage:true});
fs.writeFileSync('./out/u3-app-summary.txt',await page.locator('body').innerText());
console.log(await page.evaluate(()=>[...document.querySelectorAll('button,input')].map(b=>(b.innerText||b.type).trim()+(b.disabled?'(d)':'')).join(' | ')));
// previous
const inputs=page.locator('input[type=file]');console.log('file inputs',await inputs.count());
const [fc]=await Promise.all([page.waitForEvent('filechooser',{timeout:5000}).catch(()=>null),page.locator('button',{hasText:'选择上期台账'}).click()]);
if(fc){await fc.setFiles('./files/u3-柳溪村-2025上半年.xlsx');}
await page.waitForTimeout(3000);
await page.screenshot({path:'./shots/u3-app-prev.png',fullPage:true});
fs.writeFileSync('./out/u3-app-prev.txt',await page.locator('body').innerText());
// appendix checkbox
const cb=page.getByText('附主要指标统计表');if(await cb.count()){await cb.first().click();await page.waitForTimeout(1500);}
fs.writeFileSync('./out/u3-app-appendix.txt',await page.locator('body').innerText());
await page.screenshot({path:'./shots/u3-app-appendix.png',fullPage:true});
// export
const b=page.locator('button',{hasText:'导出 Word'}).first();console.log('export btn',await b.innerText());
const [dl]=await Promise.all([page.waitForEvent('download',{timeout:15000}).catch(e=>null),b.click()]);
await page.waitForTimeout(1500);
if(!dl){console.log('no download');fs.writeFileSync('./out/u3-app-after-export.txt',await page.locator('body').innerText());await page.screenshot({path:'./shots/u3-app-export.png',fullPage:true});
 const b2=page.locator('button',{hasText:/仍然导出/});if(await b2.count()){const [d2]=await Promise.all([page.waitForEvent('download'),b2.click()]);await d2.saveAs('./out/u3-app.docx');console.log('saved',d2.suggestedFilename());}}
else {await dl.saveAs('./out/u3-app.docx');console.log('saved',dl.suggestedFilename());}
// scroll width check
console.log('scrollWidth',await page.evaluate(()=>document.documentElement.scrollWidth));
await ctx.close();})();
