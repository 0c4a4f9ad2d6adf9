const {chromium}=require('./node_modules/playwright-core');
const B='http://127.0.0.1:8850/';const S='./shots/';
(async()=>{
const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await br.newContext({viewport:{width:360,height:800},acceptDownloads:true});const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERR',e.message));
await p.goto(B+'taskpane.html?preview=1');await p.waitForTimeout(2500);
await p.locator('input[type=file]').first().setInputFiles('./files/e6-filled.xlsx');await p.waitForTimeout(4000);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(800);
await p.getByRole('button',{name:'生成总结预览'}).click();await p.waitForTimeout(4000);
await p.screenshot({path:S+'09-excel-e6-summary.png'});
const t=await p.locator('body').innerText();console.log(t.slice(0,3500));
// click sentence with 何经理
const s=p.getByText('消防演练',{exact:false}).first(); if(await s.count()){await s.click();await p.waitForTimeout(1000);await p.screenshot({path:S+'10-excel-e6-source.png'});
 const src=await p.locator('body').innerText(); const i=src.indexOf('数据来源');console.log('SRC',src.slice(i,i+400));}
// download docx
const dl=p.waitForEvent('download',{timeout:15000}).catch(()=>null);
await p.getByRole('button',{name:'导出 Word'}).click().catch(e=>console.log('no export',e.message));await p.waitForTimeout(1500);
const btns=await p.getByRole('button').allInnerTexts();console.log('BTNS',btns.join('|'));
const d=await dl; if(d){await d.saveAs('./out/pane-e6.docx');console.log('saved',d.suggestedFilename());}
await br.close();})();
