const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800}});const p=await ctx.newPage();
await p.goto('http://127.0.0.1:8828/taskpane.html?preview=1');await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(3000);
await p.screenshot({path:'shots/pane_sum.png'});
console.log((await p.innerText('body')).slice(0,1200));
await b.close();})();
