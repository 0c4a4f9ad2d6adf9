const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:1200,height:900}});const p=await ctx.newPage();
const errs=[];p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8839/app.html');await p.waitForTimeout(1500);
for(const f of ['bad/fake.xlsx','bad/zero.xlsx','bad/empty.xlsx','gbk.csv']){
await (await p.$$('input[type=file]'))[0].setInputFiles(f);await p.waitForTimeout(2000);
const t=await p.innerText('body');console.log('##',f,'\n',t.slice(t.indexOf('打开本地'),t.indexOf('打开本地')+400).replace(/\n+/g,' | '));
await p.getByRole('tab',{name:/^总结/}).click();await p.waitForTimeout(400);
const g=p.getByRole('button',{name:'生成总结预览'});if(await g.count()){await g.click();await p.waitForTimeout(1500);}
const t2=await p.innerText('body');const k=t2.indexOf('根据台账数据');console.log('  SUM:',t2.slice(k,k+300).replace(/\n+/g,' | '));
await p.getByRole('tab',{name:/^标准表/}).click();await p.waitForTimeout(300);}
await p.screenshot({path:'shots/bad.png'});
console.log('ERRS',errs);await b.close();})();
