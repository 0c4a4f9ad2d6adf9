const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage();
await p.goto('http://127.0.0.1:8835/app.html'); await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/a2.xlsx'); await p.waitForTimeout(2000);
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(800);
{const g=p.getByRole('button',{name:'生成总结预览'}); if(await g.count()) await g.click(); await p.waitForTimeout(3000);}
await p.mouse.wheel(0,700); await p.waitForTimeout(800);
await p.screenshot({path:'./shots/w-sum-scrolled.png'});
// click a sentence
const s=p.getByText('累计排查发现乱张贴').first(); await s.click(); await p.waitForTimeout(800);
await p.screenshot({path:'./shots/w-sum-click.png'});
const t=await p.innerText('body'); const i=t.indexOf('数据来源'); console.log(t.slice(i,i+600));
await b.close();})();
