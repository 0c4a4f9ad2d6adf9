const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:1280,height:900},acceptDownloads:true});
const logs=[];p.on('console',m=>logs.push(m.type()+': '+m.text()));p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8834/app.html');await p.waitForTimeout(1500);
await p.screenshot({path:'./files/shots/01-start.png'});
console.log((await p.innerText('body')).slice(0,1500));
const inputs=await p.$$('input[type=file]');console.log('file inputs',inputs.length);
await inputs[0].setInputFiles('./files/in/a-社区-望江.xlsx');
await p.waitForTimeout(2500);
await p.screenshot({path:'./files/shots/02-opened.png',fullPage:true});
console.log('-----\n'+(await p.innerText('body')).slice(0,3000));
const btns=await p.$$eval('button,[role=tab]',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean));console.log('BUTTONS',JSON.stringify(btns));
console.log(logs.join('\n'));
await b.close();})();
