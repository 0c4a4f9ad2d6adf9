const {chromium}=require('playwright-core');
const F=process.argv[2], tag=process.argv[3];
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});const p=await ctx.newPage();
const errs=[];p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8831/app.html');await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles(F);await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);
await p.getByRole('tabpanel').getByRole('button',{name:'校验',exact:true}).click();await p.waitForTimeout(3000);
await p.screenshot({path:`./shots/${tag}-check.png`,fullPage:true});
console.log('---- 校验\n'+(await p.getByRole('tabpanel').innerText()).slice(0,3000));
// click first finding
const items=p.getByRole('tabpanel').locator('button, [role=button], li').filter({hasText:'G5'});console.log('G5 items',await items.count());
if(false){await items.first().click();await p.waitForTimeout(1500);await p.screenshot({path:`./shots/${tag}-cell.png`,fullPage:true});}
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(1500);
0&&console.log('BTN0',JSON.stringify(await p.$$eval('button',bs=>bs.map(b=>b.innerText))));
{const g=p.locator('button:has-text("生成总结预览")');if(await g.count())await g.first().click();}await p.waitForTimeout(5000);
await p.screenshot({path:`./shots/${tag}-summary.png`,fullPage:true});
console.log('---- 总结\n'+(await p.getByRole('tabpanel').innerText()).slice(0,6000));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText+(b.disabled?'(disabled)':'')));console.log('BUTTONS',JSON.stringify(btns));
for (const name of ['导出 Word','仍然导出','下载 Word']) { const bt=p.getByRole('button',{name}); if(await bt.count()){ const dl=p.waitForEvent('download',{timeout:8000}).catch(()=>null); await bt.first().click(); await p.waitForTimeout(1500); const btn2=p.getByRole('button',{name:'仍然导出'}); if(await btn2.count()){await btn2.first().click();} const d=await dl; if(d){const fn=`./files/web-${tag}-${d.suggestedFilename()}`;await d.saveAs(fn);console.log('DOWNLOADED',fn);} break;}}
await p.screenshot({path:`./shots/${tag}-after-export.png`,fullPage:true});
console.log('ERRS',errs);await b.close();})();
