const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800}});
const p=await ctx.newPage();
const errs=[]; p.on('pageerror',e=>errs.push(e.message));
await p.goto('http://127.0.0.1:8835/taskpane.html?preview=1'); await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(800);
const add=p.getByRole('button',{name:/典型|错误|示例/}); console.log('btns',await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean).join(' | ')));
await p.screenshot({path:'./shots/pane-check.png'});
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/pane-sum.png'});
const t=await p.innerText('body'); console.log(t.slice(0,1200)); console.log('ERRS',errs);
await b.close();})();
