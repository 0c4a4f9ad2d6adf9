const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const logs=[];
p.on('console',m=>{if(m.type()!=='log')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8827/app.html'); await p.waitForTimeout(1500);
// rollup without opening a file
await p.getByLabel(/汇总单位名称/).fill('城南街道办事处');
const inputs=await p.$$('input[type=file]'); console.log('inputs',inputs.length);
const fs=require('fs'); const files=fs.readdirSync('street').map(f=>'street/'+f).concat(['dup_copy.xlsx','handmade.xlsx']);
await inputs[inputs.length-1].setInputFiles(files); await p.waitForTimeout(6000);
await p.screenshot({path:'./shots/rollup.png',fullPage:true});
const t=await p.innerText('body'); console.log(t.slice(t.indexOf('汇总各单位台账'),t.indexOf('汇总各单位台账')+3000));
console.log(logs.join('\n'));
await b.close();})();
