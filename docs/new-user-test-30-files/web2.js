const {chromium}=require('playwright-core');
const file=process.argv[2], tag=process.argv[3];
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const logs=[]; p.on('console',m=>{if(m.type()!=='log')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8830/app.html'); await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles(file); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(2000);
await p.screenshot({path:`./shots/${tag}-check.png`,fullPage:true});
const main=async()=> (await p.innerText('body')).split('总结')[0];
await p.getByRole('button',{name:'校验',exact:true}).click(); await p.waitForTimeout(2500); await p.screenshot({path:`./shots/${tag}-check.png`,fullPage:true}); console.log('=== 校验\n'+(await p.innerText('body')));
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3500);
await p.screenshot({path:`./shots/${tag}-sum.png`,fullPage:true});
await p.waitForTimeout(3000); const bb=await p.$$eval('button',bs=>bs.map(b=>b.innerText)); console.log('BTN2',bb.join('|')); const g=p.getByRole('button',{name:/生成总结预览|仍然/}); if(await g.count()) {await g.first().click(); await p.waitForTimeout(4000);} const g2=p.getByRole('button',{name:/仍然/}); if(await g2.count()) {await g2.first().click(); await p.waitForTimeout(4000);} await p.screenshot({path:`./shots/${tag}-sum.png`,fullPage:true}); console.log('=== 总结\n'+(await p.innerText('body')));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText+(b.disabled?'(disabled)':'')));console.log('BUTTONS',btns.join(' | '));
console.log(logs.join('\n'));
await b.close();})();
