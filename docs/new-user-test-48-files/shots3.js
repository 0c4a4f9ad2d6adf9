const {chromium}=require('./node_modules/playwright-core');
const S='./shots/';
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const q=await b.newPage({viewport:{width:400,height:800},acceptDownloads:true});
await q.goto('http://127.0.0.1:8848/app.html');await q.waitForTimeout(2000);
await q.locator('input[type=file]').first().setInputFiles('./files/城东社区工作情况.xlsx');await q.waitForTimeout(3000);
await q.screenshot({path:S+'app-import-0.png',fullPage:true});
console.log((await q.locator('body').innerText()).slice(0,1500));
await q.getByRole('button',{name:/导入已有台账/}).click();await q.waitForTimeout(3000);
await q.screenshot({path:S+'app-import-1.png',fullPage:true});
console.log('=== IMPORT\n'+(await q.locator('body').innerText()).slice(0,4000));
await q.getByRole('button',{name:'识别表格'}).click();await q.waitForTimeout(3000);await q.screenshot({path:S+'app-import-2.png',fullPage:true});const t=await q.locator('body').innerText();console.log('=== MAP\n'+t.slice(t.indexOf('导入已有台账\n'),t.indexOf('导入已有台账\n')+3500));await b.close();})();
