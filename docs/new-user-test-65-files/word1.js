const {chromium}=require('playwright-core');const fs=require('fs');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});const p=await ctx.newPage();
await p.goto('http://127.0.0.1:8650/taskpane.html?preview=1&host=word');await p.waitForTimeout(2500);
await p.locator('input[type=file]').first().setInputFiles('./out/融媒体中心2025Q2.xlsx');await p.waitForTimeout(4000);
const t=await p.locator('body').innerText();fs.writeFileSync('./out/word-rm.txt',t);
await p.screenshot({path:'./shots/word-0.png'});
console.log('BUTTONS',(await p.locator('button').allInnerTexts()).filter(x=>x.length<30));
const btn=p.getByRole('button',{name:'新建文档打开'});
const dl=p.waitForEvent('download',{timeout:10000}).catch(()=>null);
await btn.click();await p.waitForTimeout(3000);
const d=await dl; if(d){await d.saveAs('./out/word-rm.docx');console.log('dl',d.suggestedFilename());}
else{const l=p.getByText('下载 .docx');console.log('links',await l.count());if(await l.count()){const [d2]=await Promise.all([p.waitForEvent('download'),l.first().click()]);await d2.saveAs('./out/word-rm.docx');console.log('dl2',d2.suggestedFilename());}}
await p.screenshot({path:'./shots/word-1.png',fullPage:true});
const t2=await p.locator('body').innerText();console.log(t2.slice(0,3500));
await b.close();})();
