const {chromium}=require('playwright-core');const fs=require('fs');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:400,height:800},acceptDownloads:true});const p=await ctx.newPage();
await p.goto('http://127.0.0.1:8670/app.html');await p.waitForTimeout(2000);
await p.getByLabel('汇总单位名称').fill('临溪县环境卫生管理所');
await p.setInputFiles('input[type=file] >> nth=1',['./out/sub_城东站.xlsx','./out/sub_城西站.xlsx','./out/sub_清运队.xlsx','./out/own_环卫所.xlsx']);
await p.waitForTimeout(6000);
const dl=p.waitForEvent('download');await p.getByRole('button',{name:'下载汇总台账'}).click();const d=await dl;await d.saveAs('./out/app-rollup.xlsx');console.log(d.suggestedFilename());
await b.close();})();
