const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const c=await b.newContext({viewport:{width:360,height:640}});const p=await c.newPage();
await p.goto('http://localhost:8844/app.html');await p.setInputFiles('input[type=file]','./files/a_market.xlsx');await p.waitForTimeout(2000);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);await p.getByText('生成总结预览').click();await p.waitForTimeout(4000);
await p.screenshot({path:'./shots/app-360-summary-preview.png'});
console.log((await p.evaluate(()=>document.body.innerText)).slice(0,900));await b.close();})();
