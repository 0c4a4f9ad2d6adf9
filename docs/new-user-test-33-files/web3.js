const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const errs=[];p.on('pageerror',e=>errs.push(String(e)));
await p.goto('http://127.0.0.1:8833/app.html');await p.waitForTimeout(1000);
// rollup without unit name
const inps=await p.$$('input[type=file]');
console.log('inputs',inps.length, await Promise.all(inps.map(i=>i.getAttribute('accept'))), await Promise.all(inps.map(i=>i.getAttribute('multiple'))));
await p.getByLabel(/汇总单位名称/).fill('城南街道办事处');
const fs=require('fs');const files=fs.readdirSync('./files/street').map(f=>'./files/street/'+f);
const dl=p.waitForEvent('download',{timeout:15000}).catch(e=>null);
await inps[1].setInputFiles(files);await p.waitForTimeout(4000);
const t=await p.innerText('body');console.log(t.slice(t.indexOf('汇总各单位台账')));
const d=await dl; if(d){console.log('dl',d.suggestedFilename());await d.saveAs('./out/web_rollup.xlsx');}
else{const btn=p.getByRole('button',{name:/下载/});console.log('dl buttons',await btn.allInnerTexts());}
await p.screenshot({path:'./shots/rollup.png',fullPage:true});
// word pane preview
const w=await ctx.newPage();await w.goto('http://127.0.0.1:8833/taskpane.html?preview=1&host=word');await w.waitForTimeout(2000);
const wi=await w.$$('input[type=file]');await wi[0].setInputFiles('./files/h_政务.xlsx');await w.waitForTimeout(3000);
await w.screenshot({path:'./shots/word.png',fullPage:true});console.log('=====WORD\n'+(await w.innerText('body')).slice(0,2500));
console.log('ERRS',errs);await b.close();})();
