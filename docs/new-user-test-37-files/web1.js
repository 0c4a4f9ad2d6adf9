const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900}});
const p=await ctx.newPage(); const errs=[];p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});p.on('pageerror',e=>errs.push(String(e)));
await p.goto('http://127.0.0.1:8837/app.html');await p.waitForTimeout(1500);
await p.screenshot({path:'./shots/01-app.png',fullPage:true});
console.log((await p.innerText('body')).slice(0,1500));
const inputs=await p.$$('input[type=file]');console.log('file inputs',inputs.length);
await inputs[0].setInputFiles(process.argv[2]||'a-锦绣华庭社区-2025上半年.xlsx');await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/02-opened.png',fullPage:true});
console.log('----\n'+(await p.innerText('body')).slice(0,3000));
console.log('buttons:',(await p.$$eval('button,[role=tab]',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).join(' | '));
console.log('errors',errs);
await b.close();})();
