const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const logs=[];
p.on('console',m=>{if(m.type()==='error')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8827/app.html'); await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/handmade.xlsx'); await p.waitForTimeout(3000);
let t=await p.innerText('body'); console.log('OPENED:',t.slice(0,500));
await p.getByRole('button',{name:'导入已有台账…'}).click(); await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/import1.png',fullPage:true});
t=await p.innerText('body'); const i=t.indexOf('导入已有台账'); console.log('IMPORT:',t.slice(i,i+3500));
for(const n of ['活动记录','宣传及整改','志愿者花名册','荣誉']){const cb=p.getByRole('checkbox',{name:n}); if(await cb.count() && !(await cb.isChecked())) await cb.check();}
await p.getByRole('button',{name:'识别表格'}).click(); await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/import2.png',fullPage:true});
t=await p.innerText('body'); const j=t.indexOf('识别表格'); console.log('RECOG:',t.slice(t.indexOf('导入已有台账'),t.indexOf('导入已有台账')+4000));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'(disabled)':'')).filter(Boolean)); console.log('BUTTONS',JSON.stringify(btns));
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:10000}).catch(()=>null), p.getByRole('button',{name:'导入并下载标准台账'}).click()]);
await p.waitForTimeout(2000); if(dl){await dl.saveAs('./files/web_imp.xlsx'); console.log('DL',dl.suggestedFilename());} else { t=await p.innerText('body'); console.log('NO DL', t.slice(t.indexOf('导入已有台账'), t.indexOf('导入已有台账')+2500)); }
await p.screenshot({path:'./shots/import3.png',fullPage:true});
await p.getByRole('button',{name:'预览下一期'}).click(); await p.waitForTimeout(2500);
t=await p.innerText('body'); const k=t.indexOf('开始下一期'); console.log('NEXT:', t.slice(k,k+800));
console.log(logs.join('\n'));
await b.close();})();
