const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800}});
const p=await ctx.newPage(); const errs=[];p.on('pageerror',e=>errs.push(String(e)));
await p.goto('http://127.0.0.1:8837/taskpane.html?preview=1');await p.waitForTimeout(2500);
const bt=p.getByRole('button',{name:'在示例工作簿中加入几处常见错误'});console.log('mistake btn',await bt.count());
if(await bt.count())await bt.first().click();await p.waitForTimeout(800);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(800);if(await bt.count())await bt.first().click();await p.waitForTimeout(800);await p.getByRole('button',{name:'校验',exact:true}).last().click();await p.waitForTimeout(2000);
await p.screenshot({path:'./shots/pane-check.png',fullPage:true});
let t=await p.innerText('body');console.log(t.slice(0,1500));
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/pane-summary.png',fullPage:true});
console.log('errors',errs);await b.close();})();
