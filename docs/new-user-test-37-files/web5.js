const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900}});
const p=await ctx.newPage(); const errs=[];p.on('pageerror',e=>errs.push(String(e)));
await p.goto('http://127.0.0.1:8837/app.html');await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('i-桂花苑手工台账.xlsx');await p.waitForTimeout(2000);
await p.getByRole('button',{name:'预览下一期'}).click();await p.waitForTimeout(2000);
let t=await p.innerText('body');console.log('---next on non-standard---\n'+t.slice(t.indexOf('开始下一期'),t.indexOf('开始下一期')+600));
// next on a-up
await (await p.$$('input[type=file]'))[0].setInputFiles('a-up.xlsx');await p.waitForTimeout(2000);
await p.getByRole('button',{name:'预览下一期'}).click();await p.waitForTimeout(2500);
t=await p.innerText('body');console.log('---next on a-up---\n'+t.slice(t.indexOf('开始下一期'),t.indexOf('开始下一期')+1800));
await p.screenshot({path:'./shots/next-web.png',fullPage:true});
// word pane
const w=await ctx.newPage();await w.goto('http://127.0.0.1:8837/taskpane.html?preview=1&host=word');await w.waitForTimeout(2000);
const fi=await w.$('input[type=file]');if(fi){await fi.setInputFiles('b2.xlsx');await w.waitForTimeout(3000);}
await w.setViewportSize({width:360,height:800});await w.screenshot({path:'./shots/word-pane.png',fullPage:true});
t=await w.innerText('body');console.log('---word---\n'+t.slice(0,1500));
console.log('errors',errs);await b.close();})();
