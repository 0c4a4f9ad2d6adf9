const {chromium}=require('playwright-core');
const file=process.argv[2], tag=process.argv[3];
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:1000}});
const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERROR',e.message));
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8829/app.html');await p.waitForTimeout(800);
await p.setInputFiles('input[type=file] >> nth=0',file);await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(1500);
await p.screenshot({path:`./shots/${tag}-check.png`,fullPage:true});
console.log('--- CHECK\n'+(await p.innerText('body')).slice(0,2500));
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(3000);
await p.screenshot({path:`./shots/${tag}-summary.png`,fullPage:true});
console.log('--- SUMMARY\n'+(await p.innerText('body')).slice(0,5000));
const bs=await p.$$eval('button',els=>els.map(e=>e.innerText));console.log(bs);
await b.close();})();
