const {launch}=require('./pw');const fs=require('fs');
(async()=>{const {b,p}=await launch(360);
await p.goto('http://127.0.0.1:8640/taskpane.html?preview=1');await p.waitForTimeout(2500);
await p.locator('input[type=file]').first().setInputFiles('./out/青少年宫2025年下半年台账-填.xlsx');await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(1000);await p.getByRole('button',{name:'生成总结预览'}).click();await p.waitForTimeout(3000);
const inputs=p.locator('input[type=file]');const n=await inputs.count();
for(let i=0;i<n;i++){const l=await inputs.nth(i).getAttribute('aria-label');if(l&&l.includes('上期')){await inputs.nth(i).setInputFiles('./out/青少年宫2025年上半年台账.xlsx');}}
await p.waitForTimeout(3000);
fs.writeFileSync('./out/dbg2.txt',await p.locator('body').innerText());await p.getByText('附主要指标统计表').click();await p.waitForTimeout(2000);
fs.writeFileSync('./out/pane-h2.txt',await p.locator('body').innerText());
await p.screenshot({path:'./shots/pane-h2-compare.png',fullPage:true});
await b.close();})();
