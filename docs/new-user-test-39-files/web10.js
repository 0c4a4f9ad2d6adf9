const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:1200,height:900},acceptDownloads:true});const p=await ctx.newPage();
const errs=[];p.on('pageerror',e=>errs.push('PAGEERR '+e.message));p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
await p.goto('file://./files/single/创文台账助手网页版.html');await p.waitForTimeout(2500);
await (await p.$$('input[type=file]'))[0].setInputFiles('e2-营业厅.xlsx');await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);
await p.getByRole('button',{name:'生成总结预览'}).click();await p.waitForTimeout(3000);
const t=await p.innerText('body');const i=t.indexOf('中国移动城关营业厅2025');console.log(t.slice(i,i+400));
const [d]=await Promise.all([p.waitForEvent('download',{timeout:8000}).catch(()=>null),p.getByRole('button',{name:'导出 Word'}).click()]);
if(d){await d.saveAs('out/single-yyt.docx');console.log('DL',d.suggestedFilename());}
console.log('ERRS',errs);await b.close();})();
