const {launch}=require('./pw');const fs=require('fs');
(async()=>{const {b,p}=await launch(360,1000);
await p.goto('http://127.0.0.1:8640/app.html');await p.waitForTimeout(1000);
await p.locator('input[type=file]').first().setInputFiles('./out/桂花社区2025年全年台账.xlsx');await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(1500);
await p.screenshot({path:'./shots/app-360-check-errors.png'});
const f=p.locator('[data-finding]').first(); await f.click(); await p.waitForTimeout(1000);
await p.screenshot({path:'./shots/app-360-finding-click.png'});
await b.close();})();
