const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await (await b.newContext({viewport:{width:360,height:800},acceptDownloads:true})).newPage();
await p.goto('http://127.0.0.1:8660/taskpane.html?preview=1');await p.waitForTimeout(3000);
await p.locator('input[type=file]').first().setInputFiles('./out/公园管理处-2025Q3.xlsx');await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(1000);
const btns=await p.locator('button').allInnerTexts();console.log(btns.filter(s=>s.length<30).join(' | '));
const run=p.getByRole('button',{name:/校验/});if(await run.count()){await run.first().click();await p.waitForTimeout(3000);}
await p.screenshot({path:'./shots/excelpane-check.png',fullPage:true});
const fx=p.getByRole('button',{name:'规范数据'});if(await fx.count()){await fx.first().click();await p.waitForTimeout(3000);}
await p.screenshot({path:'./shots/excelpane-fix.png',fullPage:true});
require('fs').writeFileSync('./out/excelpane-fix.txt',await p.locator('body').innerText());
await p.getByRole('tab',{name:'标准表'}).click();await p.waitForTimeout(1000);
await p.getByRole('button',{name:'预览下一期'}).click();await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/excelpane-next.png',fullPage:true});
require('fs').writeFileSync('./out/excelpane-next.txt',await p.locator('body').innerText());
await b.close();})();
