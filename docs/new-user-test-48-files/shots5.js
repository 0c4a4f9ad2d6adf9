const {chromium}=require('./node_modules/playwright-core');
const S='./shots/';
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:360,height:800}});
await p.goto('http://127.0.0.1:8848/taskpane.html?preview=1');await p.waitForTimeout(2000);
await p.locator('input[type=file]').first().setInputFiles('./files/xh4f.xlsx');await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(800);
await p.getByRole('button',{name:'生成总结预览'}).click({timeout:5000});await p.waitForTimeout(4000);
let t=await p.locator('body').innerText();console.log('=== own 上期指标\n'+t.slice(t.indexOf('二、'),t.indexOf('二、')+300));
const [fc]=await Promise.all([p.waitForEvent('filechooser'),p.getByRole('button',{name:'选择上期台账…'}).click()]);
await fc.setFiles('./files/hotel.xlsx');await p.waitForTimeout(4000);
t=await p.locator('body').innerText();console.log('=== prev=hotel\n'+t.slice(t.indexOf('与上期对比'),t.indexOf('与上期对比')+500));
await p.screenshot({path:S+'pane-xh4-prev-hotel.png',fullPage:true});console.log('HAS 较上月:',(t.match(/较上月[^。]*/g)||[]));
await b.close();})();
