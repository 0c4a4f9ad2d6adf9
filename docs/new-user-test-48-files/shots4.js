const {chromium}=require('./node_modules/playwright-core');
const S='./shots/';
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:360,height:800}});const errs=[];p.on('pageerror',e=>errs.push(e.message));
await p.goto('http://127.0.0.1:8848/taskpane.html?preview=1');await p.waitForTimeout(2000);
await p.locator('input[type=file]').first().setInputFiles('./files/jj.xlsx');await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(800);
await p.getByRole('button',{name:'生成总结预览'}).click({timeout:5000}).catch(()=>{});await p.waitForTimeout(4000);
await p.getByText('附主要指标统计表').click();await p.waitForTimeout(2500);
let t=await p.locator('body').innerText();console.log('=== JJ APPENDIX\n'+t.slice(t.indexOf('附表')-10));
await p.screenshot({path:S+'pane-jj-附表.png',fullPage:true});
// pick previous in Excel pane with xh4f
await p.locator('input[type=file]').first().setInputFiles('./files/xh4f.xlsx');await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(3000);
const inputs=p.locator('input[type=file]');console.log('file inputs',await inputs.count());
await inputs.nth(await inputs.count()-1).setInputFiles('./files/hotel.xlsx');await p.waitForTimeout(4000);
t=await p.locator('body').innerText();console.log('=== XH4 prev=hotel\n'+t.slice(0,2500));
await p.screenshot({path:S+'pane-xh4-prev-hotel.png',fullPage:true});
console.log('ERRS',errs);await b.close();})();
