const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:360,height:800},acceptDownloads:true});
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,150))});
await p.route(/^(?!http:\/\/127\.0\.0\.1)/,r=>r.abort());
await p.goto('http://127.0.0.1:8621/taskpane.html?preview=1');await p.waitForTimeout(3000);
await p.locator('[data-testid=local-file-input]').setInputFiles('./out/执法队2025全年台账.xlsx');await p.waitForTimeout(4000);
await p.screenshot({path:'./shots/excel-360-zfd-open.png'});
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(1500);await p.getByRole('button',{name:'生成总结预览'}).click();await p.waitForTimeout(4000);
const dt=p.locator('input[type=date]');if(await dt.count()){await dt.first().fill('2026-01-08');await p.waitForTimeout(1500);}
await p.screenshot({path:'./shots/excel-360-zfd-summary.png',fullPage:true});
require('fs').writeFileSync('./out/excel-zfd.txt',await p.locator('body').innerText());
await b.close();})();
