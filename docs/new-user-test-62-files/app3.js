const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:400,height:800},acceptDownloads:true});
await p.goto('http://127.0.0.1:8620/app.html');await p.waitForTimeout(1500);
await p.setInputFiles('input[type=file] >> nth=0','./out/实验小学2025下半年台账-填好.xlsx');await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(2500);
const ins=p.locator('input[type=file]');const n=await ins.count();let done=false;
for(let i=0;i<n;i++){const h=await ins.nth(i).evaluate(e=>e.outerHTML);if(/上期|previous|compare/i.test(h)){await ins.nth(i).setInputFiles('./out/实验小学2025上半年台账.xlsx');done=true;console.log('prev',h.slice(0,120));}}
if(!done)for(let i=0;i<n;i++)console.log(await ins.nth(i).evaluate(e=>e.outerHTML));
await p.waitForTimeout(3000);
const dt=p.locator('input[type=date]');if(await dt.count()){await dt.first().fill('2026-01-06');}
await p.waitForTimeout(2000);
require('fs').writeFileSync('./out/app-h2.txt',await p.locator('body').innerText());
await p.screenshot({path:'./shots/app-400-h2.png',fullPage:false});
await b.close();})();
