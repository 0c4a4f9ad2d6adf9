const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});const p=await ctx.newPage();
const errs=[];p.on('pageerror',e=>errs.push('PAGEERR '+e.message));p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
await p.goto('http://127.0.0.1:8831/app.html');await p.waitForTimeout(1500);
await p.locator('input[type=text], input:not([type])').first().fill('城南街道办事处');
const inputs=await p.$$('input[type=file]');
const dl=p.waitForEvent('download',{timeout:20000}).catch(()=>null);
await inputs[1].setInputFiles(['./files/f1-东风社区.xlsx','./files/f2-西湖社区.xlsx','./files/f3-南苑社区.xlsx']);
await p.waitForTimeout(5000);
await p.screenshot({path:'./shots/rollup.png',fullPage:true});
const body=await p.innerText('body');console.log(body.slice(body.indexOf('汇总各单位台账')).slice(0,2000));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText+(b.disabled?'(disabled)':'')));console.log('BUTTONS',JSON.stringify(btns));
const d=await dl; if(d){await d.saveAs('./files/web-'+d.suggestedFilename());console.log('DL',d.suggestedFilename());}
console.log('ERRS',errs);await b.close();})();
