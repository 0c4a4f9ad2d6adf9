const { chromium } = require('./node_modules/playwright-core');
(async()=>{const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await (await br.newContext({viewport:{width:360,height:800}})).newPage();
await p.goto('http://127.0.0.1:8851/taskpane.html?preview=1&host=word');await p.waitForTimeout(1500);
await p.locator('input[type=file]').first().setInputFiles('./files/c_union.xlsx');await p.waitForTimeout(3000);
const b=p.getByRole('button',{name:/选择台账文件/});console.log('btn count',await b.count(),'disabled',await b.first().isDisabled().catch(e=>e.message));
await p.screenshot({path:'./shots/word-c_union.png'});
console.log((await p.locator('body').innerText()).slice(0,900));
await br.close()})();
