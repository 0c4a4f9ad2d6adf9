const {chromium}=require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:360,height:640},locale:'zh-CN'});
 const p=await ctx.newPage();
 await p.goto('file://./files/shots/imp-2.png');await p.waitForTimeout(500);
 await p.evaluate(()=>{const i=document.images[0]; i.style.position='absolute'; i.style.top='-1050px'; i.style.left='0';});
 await p.screenshot({path:'shots/imp-2crop.png'});
 // also the taskpane preview (Excel) at 360x640
 await p.goto('http://127.0.0.1:8843/taskpane.html?preview=1');await p.waitForTimeout(3000);
 await p.screenshot({path:'shots/pane-1.png'});
 console.log((await p.innerText('body')).slice(0,600));
 await b.close();})();
