const open=require('./pw.js');const fs=require('fs');
(async()=>{const {ctx,page}=await open(360);
await page.goto('http://127.0.0.1:8690/taskpane.html?preview=1&host=word');await page.waitForTimeout(2500);
console.log(await page.evaluate(()=>[...document.querySelectorAll('button,input')].map(b=>(b.innerText||b.type).trim().slice(0,30)+(b.disabled?'(d)':'')).join(' | ')));
await page.locator('input[type=file]').first().setInputFiles(process.argv[2]);
await page.waitForTimeout(4000);
await page.screenshot({path:'./shots/'+process.argv[3]+'.png',fullPage:true});
fs.writeFileSync('./out/'+process.argv[3]+'.txt',await page.locator('body').innerText());
console.log(await page.evaluate(()=>[...document.querySelectorAll('button,input')].map(b=>(b.innerText||b.type).trim().slice(0,30)+(b.disabled?'(d)':'')).join(' | ')));
const [dl]=await Promise.all([page.waitForEvent('download',{timeout:15000}).catch(()=>null),page.locator('button',{hasText:'新建文档打开'}).click()]);
await page.waitForTimeout(1500);
if(dl){await dl.saveAs('./out/'+process.argv[3]+'.docx');console.log('dl',dl.suggestedFilename());}
else {const t=await page.locator('body').innerText();console.log(t.slice(-800));const b2=page.locator('button',{hasText:'仍然生成'});if(await b2.count()){const [d2]=await Promise.all([page.waitForEvent('download',{timeout:15000}).catch(()=>null),b2.click()]);await page.waitForTimeout(1500);if(d2){await d2.saveAs('./out/'+process.argv[3]+'.docx');console.log('dl2',d2.suggestedFilename());}}}
const t=await page.locator('body').innerText();console.log('STATUS',(t.match(/已生成[^\n]*/)||[''])[0]);
await page.screenshot({path:'./shots/'+process.argv[3]+'-after.png',fullPage:true});
await ctx.close();})();
