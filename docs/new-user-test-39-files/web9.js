const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800}});const p=await ctx.newPage();
const errs=[];p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8839/taskpane.html?preview=1');await p.waitForTimeout(3000);
await p.screenshot({path:'shots/pane0.png'});
console.log(await p.$$eval('button',bs=>bs.map(b=>b.textContent).join('|')));
const mk=p.getByRole('button',{name:/错误|示例|常见/});console.log('mk',await mk.count());
if(await mk.count()){await mk.first().click();await p.waitForTimeout(1500);}
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);
await p.getByRole('button',{name:'校验',exact:true}).click().catch(()=>{});await p.waitForTimeout(2500);
await p.screenshot({path:'shots/pane1.png',fullPage:true});
let t=await p.innerText('body');console.log(t.slice(0,1500));
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);
await p.getByRole('button',{name:'生成总结预览'}).click().catch(()=>{});await p.waitForTimeout(3000);
await p.screenshot({path:'shots/pane2.png',fullPage:true});
t=await p.innerText('body');console.log('======');console.log(t.slice(0,1200));
console.log('ERRS',errs);await b.close();})();
