const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:360,height:800}});
const p=await ctx.newPage(); const logs=[];
p.on('console',m=>{if(m.type()==='error')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8827/taskpane.html?preview=1'); await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/pane0.png'});
let btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean)); console.log('BUTTONS',JSON.stringify(btns));
const mis=p.getByRole('button',{name:/错误|示例/}); console.log('mis',await mis.count());
if(await mis.count()){ await mis.first().click(); await p.waitForTimeout(1500);}
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(800); await p.getByRole('button',{name:'在示例工作簿中加入几处常见错误'}).click(); await p.waitForTimeout(1500); await p.getByRole('button',{name:'校验',exact:true}).click(); await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/pane_check.png'});
let t=await p.innerText('body'); console.log('CHECK:',t.slice(200,2500));
await p.getByRole('button',{name:'规范数据',exact:true}).click(); await p.waitForTimeout(2500); await p.screenshot({path:'./shots/pane_fix.png'}); t=await p.innerText('body'); console.log('FIX:',t.slice(t.lastIndexOf('规范数据')-100,t.lastIndexOf('规范数据')+1500));
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/pane_sum.png'});
t=await p.innerText('body'); console.log('SUM:',t.slice(0,1800));
console.log(logs.join('\n'));
await b.close();})();
