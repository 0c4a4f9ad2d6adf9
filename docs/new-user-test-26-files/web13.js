const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage();
await p.goto('http://127.0.0.1:8826/app.html'); await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./blank.xlsx'); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(800);
await p.locator('button:has-text("生成总结预览")').first().click(); await p.waitForTimeout(3000);
for (const n of ['导出 Word','复制带格式的文本']) { const l=p.locator(`button:has-text("${n}")`); console.log(n,'enabled=',await l.isEnabled(), 'aria-disabled=',await l.getAttribute('aria-disabled')); }
await p.screenshot({path:'shots/sum-blank.png'});
await b.close();})();
