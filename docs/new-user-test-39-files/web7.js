const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:1200,height:900},acceptDownloads:true});const p=await ctx.newPage();
const errs=[];p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8839/app.html');await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('i-手工台账.xlsx');await p.waitForTimeout(2500);
await p.getByRole('button',{name:'导入已有台账…'}).click();await p.waitForTimeout(1500);
for(const n of ['活动记录','宣传','志愿者花名册','问题清单','荣誉']) await p.getByRole('checkbox',{name:n}).check().catch(e=>console.log('cb',n,e.message.slice(0,80)));
await p.getByRole('button',{name:'识别表格'}).click();await p.waitForTimeout(3000);
await p.screenshot({path:'shots/imp2.png',fullPage:true});
let t=await p.innerText('body');const i=t.indexOf('导入已有台账');console.log(t.slice(i,i+3500));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.textContent+(b.disabled?'[disabled]':'')));console.log('BUTTONS',btns.join(' | '));
const go=p.getByRole('button',{name:/确认|导入并|下载标准台账|生成标准台账/});console.log('go count',await go.count());
if(await go.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:8000}).catch(()=>null),go.first().click()]);await p.waitForTimeout(2000);if(d){await d.saveAs('out/web-import.xlsx');console.log('DL',d.suggestedFilename());} else {t=await p.innerText('body');console.log('AFTER',t.slice(i,i+1500));}}
console.log('ERRS',errs);
await b.close();})();
