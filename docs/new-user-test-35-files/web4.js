const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERR',e.message));
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8835/app.html'); await p.waitForTimeout(1000);
// bad file
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/fake.xlsx'); await p.waitForTimeout(1500);
let t=await p.innerText('body'); console.log('BAD:', t.slice(0,500).replace(/\n/g,' / '));
await p.screenshot({path:'./shots/w-bad.png'});
// empty workbook
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/emptywb.xlsx'); await p.waitForTimeout(1500);
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(1500);
t=await p.innerText('body'); console.log('EMPTYWB 总结:', t.slice(t.indexOf('根据台账')).slice(0,600).replace(/\n/g,' / '));
// rollup
await p.getByRole('tab',{name:'标准表'}).click(); await p.waitForTimeout(800);
await p.getByLabel(/汇总单位名称/).fill('城南街道办事处');
const ins=await p.$$('input[type=file]'); console.log('inputs',ins.length);
const dl=p.waitForEvent('download',{timeout:15000}).catch(()=>null);
await ins[ins.length-1].setInputFiles(['street/东湖社区.xlsx','street/西湖社区.xlsx','street/南湖社区.xlsx','street/北湖社区.xlsx'].map(f=>'./files/'+f));
await p.waitForTimeout(4000);
t=await p.innerText('body'); console.log('ROLLUP:', t.slice(t.indexOf('汇总各单位台账')).slice(0,1800));
await p.screenshot({path:'./shots/w-rollup.png',fullPage:true});
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean)); console.log('BUTTONS',btns.join(' | '));
const d=await dl; if(d){console.log('DL',d.suggestedFilename()); await d.saveAs('./files/out/web-rollup.xlsx');}
await b.close();})();
