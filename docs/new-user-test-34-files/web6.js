const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:1280,height:900},acceptDownloads:true});
const logs=[];p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8834/app.html');await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/in/a-社区-望江.xlsx');await p.waitForTimeout(2000);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);
await p.getByRole('button',{name:'规范数据',exact:true}).last().click();await p.waitForTimeout(3000);
let t=await p.innerText('body');let i=t.lastIndexOf('规范数据');console.log(t.slice(i-200,i+3000));
await p.screenshot({path:'./files/shots/fix.png',fullPage:true});
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim().slice(0,30)+(b.disabled?'(disabled)':'')).filter(Boolean));console.log('BUTTONS',JSON.stringify(btns.slice(-12)));
console.log(logs.join('\n'));await b.close();})();
