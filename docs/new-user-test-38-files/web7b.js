const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:1200,height:900},acceptDownloads:true});
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
await p.goto('http://127.0.0.1:8838/app.html');await p.waitForTimeout(1000);
await (await p.$('input[type=file]')).setInputFiles('./files/i_手工台账.xlsx');await p.waitForTimeout(2500);
let t=await p.innerText('body');console.log(t.slice(0,900));
await p.getByRole('button',{name:'导入已有台账…'}).click();await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/import1.png',fullPage:true});
t=await p.innerText('body');console.log('=====IMPORT\n'+t.slice(t.indexOf('导入已有台账'),t.indexOf('导入已有台账')+3000));
const cbs=p.getByRole('checkbox');const n=await cbs.count();for(let i=0;i<n;i++){await cbs.nth(i).check().catch(()=>{});}
await p.getByRole('button',{name:'识别表格'}).click();await p.waitForTimeout(4000);await p.screenshot({path:'./shots/import2.png',fullPage:true});t=await p.innerText('body');console.log('=====REC\n'+t.slice(t.indexOf('识别表格'),t.indexOf('识别表格')+2500));
console.log('BTNS',(await p.getByRole('button').allInnerTexts()).join(' | '));
await b.close();})();
