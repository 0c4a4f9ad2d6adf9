const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});const p=await ctx.newPage();
await p.goto('http://127.0.0.1:8831/app.html');await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/b-村.xlsx');await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(1000);
{const g=p.locator('button:has-text("生成总结预览")');if(await g.count())await g.first().click();}
await p.waitForTimeout(4000);
const h=p.locator('text=加强组织领导').first();await h.scrollIntoViewIfNeeded();await p.waitForTimeout(500);
await p.screenshot({path:'./shots/b-viewport.png'});
// click a sentence with figures
const s=p.locator('text=节约办事费用').first();await s.click();await p.waitForTimeout(800);
await p.screenshot({path:'./shots/b-source.png'});
console.log((await p.getByRole('tabpanel').innerText()).split('数据来源')[1]?.slice(0,600));
await b.close();})();
