const {chromium}=require('../../node_modules/playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERR',e.message));
await p.goto('http://127.0.0.1:8822/app.html');await p.waitForTimeout(1500);
await p.setInputFiles('input[type=file] >> nth=0','in/text.xlsx');await p.waitForTimeout(2500);
let t=await p.innerText('body');console.log('---BAD---\n',t.slice(0,400));
await p.screenshot({path:'shots/5-bad.png'});
await p.setInputFiles('input[type=file] >> nth=0','in/empty.xlsx');await p.waitForTimeout(2500);
t=await p.innerText('body');console.log('---EMPTY---\n',t.slice(0,400));
// rollup
const inputs=await p.$$('input[type=file]');console.log('file inputs',inputs.length);
await p.getByLabel(/汇总单位名称/).fill('滨江区直机关工委');
const dl=p.waitForEvent('download',{timeout:20000}).catch(()=>null);
await inputs[inputs.length-1].setInputFiles(['in/dept-教育局.xlsx','in/dept-卫健局.xlsx','in/dept-市场监管局.xlsx','in/text.xlsx']);
await p.waitForTimeout(6000);
t=await p.innerText('body');console.log('---ROLLUP---\n',t.slice(t.indexOf('汇总各单位台账')));
await p.screenshot({path:'shots/6-rollup.png',fullPage:true});
await p.getByRole('button',{name:'下载汇总台账'}).click();const d=await dl;if(d){console.log('DL',d.suggestedFilename());await d.saveAs('out/web-rollup.xlsx');}
await b.close();})();
