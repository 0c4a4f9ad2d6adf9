const {chromium}=require('./repo/node_modules/playwright-core');const fs=require('fs');
const S='./shots/';const B='http://127.0.0.1:8845/';
(async()=>{const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];const ctx=await br.newContext({viewport:{width:360,height:800},acceptDownloads:true});const p=await ctx.newPage();p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
const dump=async n=>{await p.screenshot({path:`${S}${n}.png`});fs.writeFileSync(`${S}${n}.txt`,await p.evaluate(()=>document.body.innerText));};
await p.goto(B+'taskpane.html?preview=1'); await p.waitForTimeout(3000);
await p.locator('input[type=file]').first().setInputFiles('./files/b_bus_ok.xlsx'); await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(1500); await p.getByRole('button',{name:'生成总结预览'}).click(); await p.waitForTimeout(5000);
const s=p.getByRole('button',{name:/与车督查/}); console.log('sentence btn',await s.count());
if(await s.count()){await s.first().click(); await p.waitForTimeout(1000); await s.first().scrollIntoViewIfNeeded(); await dump('pane-excel-bus-source');}
const s2=p.getByRole('button',{name:/车载移动/}); if(await s2.count()){await s2.first().click(); await p.waitForTimeout(800); await dump('pane-excel-bus-source2');}
await p.getByRole('checkbox',{name:/附主要指标/}).check().catch(e=>console.log('no appendix cb'));await p.waitForTimeout(1500);
await p.screenshot({path:S+'pane-excel-bus-summary-full.png',fullPage:true}); fs.writeFileSync(S+'pane-excel-bus-summary.txt',await p.evaluate(()=>document.body.innerText));
console.log('errors',errs);await br.close();})();
