const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await (await b.newContext({viewport:{width:1280,height:1000}})).newPage();
p.on('pageerror',e=>console.log('PAGEERROR',e.message));
await p.goto('http://127.0.0.1:8829/app.html');await p.waitForTimeout(800);
await p.setInputFiles('input[type=file] >> nth=0',process.argv[2]);await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/opened.png'});
console.log((await p.innerText('body')).slice(0,3000));
console.log(await p.$$eval('button,[role=tab]',els=>els.map(e=>e.getAttribute('role')+':'+e.innerText.replace(/\n/g,' ')+':'+(e.offsetParent!==null))));
await b.close();})();
