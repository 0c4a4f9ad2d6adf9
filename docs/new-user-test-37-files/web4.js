const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900}});
const p=await ctx.newPage(); const errs=[];p.on('pageerror',e=>errs.push(String(e)));p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
await p.goto('http://127.0.0.1:8837/app.html');await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('i-桂花苑手工台账.xlsx');await p.waitForTimeout(2500);
let t=await p.innerText('body');console.log('---opened---\n'+t.slice(t.indexOf('正在使用'),t.indexOf('正在使用')+800));
await p.getByRole('tab',{name:'标准表'}).click();
await p.getByRole('button',{name:/导入已有台账/}).click();await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/import-web.png',fullPage:true});
t=await p.innerText('body');
for(const n of ['活动记录','宣传','志愿者花名册','问题整改清单']){const c=p.getByRole('checkbox',{name:n});if(await c.count()&&!(await c.isChecked()))await c.check();}
await p.getByRole('button',{name:'识别表格'}).click();await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/import-web2.png',fullPage:true});
t=await p.innerText('body');console.log('---recognised---\n'+t.slice(t.indexOf('识别表格'),t.indexOf('识别表格')+3500));
const sel=await p.$$eval('select',ss=>ss.map(s=>s.getAttribute('aria-label')+'='+s.options[s.selectedIndex].text));console.log('selects',sel.join(' ; '));
console.log('buttons:',(await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).join(' | '));
console.log('errors',errs);await b.close();})();
