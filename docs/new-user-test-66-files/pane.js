const {chromium}=require('playwright-core');
const [url,file,tag]=process.argv.slice(2);
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await (await b.newContext({viewport:{width:360,height:800}})).newPage();
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
await p.goto('http://127.0.0.1:8660/'+url);await p.waitForTimeout(3000);
const inputs=await p.locator('input[type=file]').count();console.log('file inputs',inputs);
if(inputs){await p.locator('input[type=file]').first().setInputFiles(file);await p.waitForTimeout(3000);}
for(const t of ['总结']){const tab=p.getByRole('tab',{name:t});if(await tab.count()){await tab.first().click();await p.waitForTimeout(1500);}} const g=p.getByRole('button',{name:'生成总结预览'}); if(await g.count()){await g.click();await p.waitForTimeout(4000);}
await p.screenshot({path:`./shots/${tag}.png`,fullPage:true});
require('fs').writeFileSync(`./out/${tag}.txt`,await p.locator('body').innerText());
await b.close();})();
