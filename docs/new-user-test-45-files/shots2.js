const {chromium}=require('./repo/node_modules/playwright-core');const fs=require('fs');
const S='./shots/';const B='http://127.0.0.1:8845/';
(async()=>{const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
const ctx=await br.newContext({viewport:{width:360,height:640},acceptDownloads:true});const p=await ctx.newPage();p.on('pageerror',e=>errs.push('PAGEERR '+e.message));p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
await p.goto(B+'app.html'); await p.waitForTimeout(1000);
await p.setInputFiles('input[type=file]','./files/a_hospital.xlsx'); await p.waitForTimeout(2000);
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(1500);
await p.screenshot({path:S+'app-360-check.png'}); fs.writeFileSync(S+'app-360-check.txt',await p.evaluate(()=>document.body.innerText));
await p.getByRole('button',{name:'规范数据'}).click(); await p.waitForTimeout(2000);
await p.screenshot({path:S+'app-360-fix.png'}); fs.writeFileSync(S+'app-360-fix.txt',await p.evaluate(()=>document.body.innerText));
const btns=await p.$$eval('button',b=>b.map(x=>x.innerText.trim()).filter(Boolean)); console.log('buttons after fix',JSON.stringify(btns));
// apply all
const apply=p.getByRole('button',{name:/应用|全部/}).first(); if(await apply.count()){await apply.click();await p.waitForTimeout(1500);}
await p.screenshot({path:S+'app-360-fix-applied.png'});
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3000);
await p.screenshot({path:S+'app-360-summary.png'}); fs.writeFileSync(S+'app-360-summary.txt',await p.evaluate(()=>document.body.innerText));
console.log('buttons summary',JSON.stringify(await p.$$eval('button',b=>b.map(x=>x.innerText.trim()).filter(Boolean))));
console.log('errors',errs);await br.close();})();
