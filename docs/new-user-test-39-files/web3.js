const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:1200,height:900},acceptDownloads:true});
const errs=[];p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8839/app.html');await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles(process.argv[2]);await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);
await p.getByRole('button',{name:'校验',exact:true}).click();await p.waitForTimeout(2500);
await p.screenshot({path:'shots/check2.png'});
let t=await p.innerText('main').catch(()=>p.innerText('body'));console.log(t.slice(0,2500));
// click first finding
const items=await p.$$('[role=listitem], li');console.log('items',items.length);
if(items.length){await items[0].click();await p.waitForTimeout(1000);await p.screenshot({path:'shots/check3.png'});}
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);
await p.getByRole('button',{name:'生成总结预览'}).click();await p.waitForTimeout(4000);
await p.screenshot({path:'shots/summary2.png',fullPage:true});
t=await p.innerText('body');console.log('=====SUMMARY');console.log(t.slice(t.indexOf('生成总结预览')));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.textContent+(b.disabled?'[disabled]':'')));console.log('BUTTONS',btns.join(' | '));
console.log('ERRS',errs);
await b.close();})();
