const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900}});
const p=await ctx.newPage(); const errs=[];p.on('pageerror',e=>errs.push(String(e)));
await p.goto('http://127.0.0.1:8837/app.html');await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('a-锦绣华庭社区-2025上半年.xlsx');await p.waitForTimeout(2000);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);
await p.getByRole('button',{name:'规范数据',exact:true}).last().click();await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/fix-web.png',fullPage:true});
let t=await p.innerText('body');const i=t.indexOf('规范数据');console.log(t.slice(i,i+2500));
console.log('buttons:',(await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(x=>x&&x.length<30))).join(' | '));
console.log('errors',errs);await b.close();})();
