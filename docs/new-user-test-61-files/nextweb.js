const {chromium}=require('playwright-core');
const fs=require('fs');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:400,height:900},acceptDownloads:true});
await p.goto('http://127.0.0.1:8871/app.html');await p.waitForTimeout(1500);
await p.locator('input[type=file]').first().setInputFiles('./out/post-q2.xlsx');await p.waitForTimeout(2500);
await p.locator('button:visible:has-text("预览下一期")').first().click();await p.waitForTimeout(3000);
fs.writeFileSync('./out/next-web.txt',await p.locator('body').innerText());
await p.screenshot({path:'./shots/app-400-next.png',fullPage:true});
console.log(await p.locator('button:visible').allInnerTexts());
const bt=p.locator('button:visible:has-text("下载")').filter({hasText:/下一期|新台账|第三季度/}).first();
if(await bt.count()){const d2=p.waitForEvent('download',{timeout:15000});await bt.click();const d=await d2;await d.saveAs('./out/web-post-q3.xlsx');console.log('dl',d.suggestedFilename());}
await b.close();})();
