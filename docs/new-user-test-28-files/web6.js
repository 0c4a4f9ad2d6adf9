const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:360,height:800}});const p=await ctx.newPage();
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
await p.goto('http://127.0.0.1:8828/taskpane.html?preview=1&host=word');await p.waitForTimeout(3000);
await p.screenshot({path:'shots/word0.png'});
console.log((await p.innerText('body')).slice(0,800));
const fi=await p.$$('input[type=file]');console.log('inputs',fi.length);
if(fi.length){await fi[0].setInputFiles('f_market_fix.xlsx');await p.waitForTimeout(4000);
await p.screenshot({path:'shots/word1.png',fullPage:true});console.log('=====');console.log((await p.innerText('body')).slice(0,2500));
console.log('BUTTONS',JSON.stringify(await p.getByRole('button').allInnerTexts()).slice(0,600));}
await b.close();})();
