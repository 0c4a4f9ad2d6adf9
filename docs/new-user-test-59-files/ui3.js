const {chromium}=require('./repo/node_modules/playwright-core');
const S='./shots/';const fs=require('fs');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const log=[];
const ctx=await b.newContext({viewport:{width:400,height:800},acceptDownloads:true});
const p=await ctx.newPage(); p.on('pageerror',e=>log.push('pageerror: '+e.message));
await p.goto('http://127.0.0.1:8859/app.html'); await p.waitForTimeout(2500);
await (await p.$('input[type=file]')).setInputFiles('./out/b_elder.xlsx'); await p.waitForTimeout(4000);
await p.getByRole('button',{name:'预览下一期'}).click(); await p.waitForTimeout(4000);
await p.screenshot({path:S+'app_400_next_preview.png',fullPage:true});
const t=await p.evaluate(()=>document.body.innerText); const i=t.indexOf('开始下一期'); log.push('NEXT: '+t.slice(i,i+900));
// rollup
await p.getByLabel(/汇总单位名称/).fill('教育局');
const fcs=p.waitForEvent('filechooser'); await p.getByRole('button',{name:/选择台账文件/}).last().click().catch(e=>log.push('click err '+e.message));
const fc=await fcs.catch(()=>null);
if(fc){const dl=p.waitForEvent('download',{timeout:20000}).catch(()=>null);
 await fc.setFiles(['d_bureau','d_kinder','d_middle','d_primary'].map(f=>`./out/${f}.xlsx`)); await p.waitForTimeout(8000);
 await p.getByRole('button',{name:'下载汇总台账'}).click().catch(()=>{});const d=await dl; if(d){log.push('rollup dl: '+d.suggestedFilename()); await d.saveAs('./out/web_rollup.xlsx');}
 await p.screenshot({path:S+'app_400_rollup.png',fullPage:true});
 const t2=await p.evaluate(()=>document.body.innerText); const j=t2.indexOf('汇总各单位台账'); log.push('ROLLUP: '+t2.slice(j,j+1200));}
console.log(log.join('\n'));await b.close();})();
