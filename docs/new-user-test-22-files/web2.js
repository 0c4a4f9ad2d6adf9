const {chromium}=require('../../node_modules/playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERR',e.message));
await p.goto('http://127.0.0.1:8822/app.html');await p.waitForTimeout(1500);
await p.setInputFiles('input[type=file] >> nth=0','in/police.xlsx');await p.waitForTimeout(2500);
await p.getByRole('tab',{name:/校验/}).click();await p.waitForTimeout(800);await p.getByRole('button',{name:'校验',exact:true}).click();await p.waitForTimeout(3000);
await p.screenshot({path:'shots/3-check.png'});
const t=await p.innerText('body');console.log('---CHECK---\n',t.slice(t.indexOf('规范数据')+4,t.indexOf('规范数据')+2500));
await p.getByRole('tab',{name:/总结/}).click();await p.waitForTimeout(800);await p.waitForTimeout(5000);const g=p.getByRole('button',{name:/生成总结/});if(await g.count()){await g.first().click();await p.waitForTimeout(5000);}
await p.screenshot({path:'shots/4-summary.png',fullPage:true});
const s=await p.innerText('body');console.log('---SUMMARY---\n',s.slice(s.indexOf('总结预览')));
const btns=await p.$$eval('button',es=>es.map(e=>e.textContent.trim()));console.log(JSON.stringify(btns));
const dl=p.waitForEvent('download',{timeout:15000}).catch(e=>null);
const exp=p.getByRole('button',{name:/导出|下载.*Word|Word/}).first(); if(await exp.count()) await exp.click();
const d=await dl; if(d){await d.saveAs('out/web-police.docx');console.log('DL',d.suggestedFilename());}
await b.close();})();
