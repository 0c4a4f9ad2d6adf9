const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const errs=[];p.on('pageerror',e=>errs.push(String(e)));
await p.goto('http://127.0.0.1:8833/app.html');await p.waitForTimeout(1000);
let inps=await p.$$('input[type=file]');await inps[0].setInputFiles('./files/a_h2.xlsx');await p.waitForTimeout(2500);
await p.getByRole('button',{name:'预览下一期'}).click();await p.waitForTimeout(2500);
let t=await p.innerText('body');console.log(t.slice(t.indexOf('开始下一期'),t.indexOf('开始下一期')+1800));
console.log('btns',(await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).join(' | '));
await p.screenshot({path:'./shots/next.png',fullPage:true});
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);{const g=p.getByRole('button',{name:/生成总结预览/});if(await g.count())await g.first().click();}await p.waitForTimeout(3000);
inps=await p.$$('input[type=file]');console.log('inputs now',inps.length);
await inps[inps.length-1].setInputFiles('./files/b_村.xlsx');await p.waitForTimeout(3000);
t=await p.innerText('body');console.log('=====CMP\n'+t.slice(t.indexOf('与上期对比'),t.indexOf('与上期对比')+800));
await p.screenshot({path:'./shots/cmp.png',fullPage:false});
console.log('ERRS',errs);await b.close();})();
