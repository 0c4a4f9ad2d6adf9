const {chromium}=require('./node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
let p=await b.newPage({viewport:{width:360,height:800}});
await p.goto('http://127.0.0.1:8848/taskpane.html?preview=1');await p.waitForTimeout(2000);
await p.locator('input[type=file]').first().setInputFiles('./files/hotel.xlsx');await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(1500);
await p.screenshot({path:'./shots/pane-hotel-总结-tab.png',fullPage:true});
console.log(await p.locator('body').innerText());
console.log(await p.locator('button').allInnerTexts());
await b.close();})();
