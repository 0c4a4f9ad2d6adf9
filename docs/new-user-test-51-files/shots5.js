const { chromium } = require('./node_modules/playwright-core');
(async()=>{const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await (await br.newContext({viewport:{width:360,height:800},acceptDownloads:true})).newPage();
await p.goto('http://127.0.0.1:8851/taskpane.html?preview=1&host=word');await p.waitForTimeout(1500);
await p.locator('input[type=file]').first().setInputFiles('./files/d_health.xlsx');await p.waitForTimeout(3000);
await p.getByRole('button',{name:/新建文档打开/}).click();await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/word-d_health-created.png'});
const t=await p.locator('body').innerText();console.log(t.slice(0,700));
const dl=p.getByRole('button',{name:/下载/}).or(p.getByRole('link',{name:/下载/})).first();
if(await dl.count()){const w=p.waitForEvent('download',{timeout:10000});await dl.click();const d=await w;await d.saveAs('./out/word_d_health.docx');console.log('dl',d.suggestedFilename())}
await br.close()})();
