const {chromium}=require('./repo/node_modules/playwright-core');const fs=require('fs');
const S='./shots/';const B='http://127.0.0.1:8845/';
(async()=>{const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];const ctx=await br.newContext({viewport:{width:400,height:800},acceptDownloads:true});const p=await ctx.newPage();p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
const dump=async n=>{await p.screenshot({path:`${S}${n}.png`});fs.writeFileSync(`${S}${n}.txt`,await p.evaluate(()=>document.body.innerText));};
await p.goto(B+'app.html'); await p.waitForTimeout(1000);
await p.locator('input[type=file]').first().setInputFiles('./files/g_handmade.xlsx'); await p.waitForTimeout(2500); await dump('web-g-opened');
await p.getByRole('button',{name:/导入已有台账/}).click(); await p.waitForTimeout(3000); await dump('web-g-import1');
for(const n of ['志愿者花名册','活动统计','情况说明']){const c=p.getByRole('checkbox',{name:n}); if(await c.count()) await c.check();}
await p.getByRole('button',{name:'识别表格'}).click(); await p.waitForTimeout(4000); await dump('web-g-import2'); await p.screenshot({path:S+'web-g-import2-full.png',fullPage:true});
console.log(JSON.stringify(await p.locator('button').allInnerTexts()));
console.log('errors',errs);await br.close();})();
