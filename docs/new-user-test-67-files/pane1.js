const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});const p=await ctx.newPage();
await p.goto('http://127.0.0.1:8670/taskpane.html?preview=1');await p.waitForTimeout(4000);
console.log((await p.$$eval('button,[role=tab],input[type=file]',bs=>bs.map(b=>(b.tagName+':'+(b.innerText||b.getAttribute('aria-label')||b.accept||'')).trim()))).join(' | '));
console.log((await p.innerText('body')).slice(0,800));
await p.screenshot({path:'./shots/pane0.png',fullPage:true});
await b.close();})();
