const { chromium } = require('playwright-core');
const fs=require('fs');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});
const p=await ctx.newPage(); p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
await p.route(/appsforoffice|office\.js/,r=>r.abort());
await p.goto('http://127.0.0.1:8630/taskpane.html?preview=1&host=word');await p.waitForTimeout(2500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./out/新华书店全民阅读月台账.xlsx');await p.waitForTimeout(4000);
await p.screenshot({path:'./shots/word-1.png',fullPage:true});
fs.writeFileSync('./out/word-1.txt',await p.evaluate(()=>document.body.innerText));
console.log(await p.$$eval('button',e=>e.map(x=>x.textContent.trim()).filter(t=>t&&t.length<30).join(' | ')));
const nb=p.getByRole('button',{name:/新建文档打开/});if(await nb.count()){await nb.first().click();await p.waitForTimeout(2000);}
const fo=p.getByRole('button',{name:/仍然生成/});if(await fo.count()){await fo.first().click();await p.waitForTimeout(3000);}
fs.writeFileSync('./out/word-2.txt',await p.evaluate(()=>document.body.innerText));
await p.screenshot({path:'./shots/word-2.png',fullPage:true});
const dl=p.getByRole('button',{name:/下载/});if(await dl.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}),dl.first().click()]);console.log('DL',d.suggestedFilename());await d.saveAs('./out/word-sd.docx');}
await b.close();})();
