const { chromium } = require('playwright-core');
const file=process.argv[2], tag=process.argv[3];
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERR',e.message));
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8835/app.html');
await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles(file);
await p.waitForTimeout(2000);
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(500);
await p.getByRole('button',{name:'校验',exact:true}).last().click(); await p.waitForTimeout(2500);
await p.screenshot({path:`./shots/${tag}-check.png`,fullPage:true});
let t='';
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(1500); 
{const g=p.getByRole('button',{name:'生成总结预览'}); if(await g.count()) await g.click(); await p.waitForTimeout(3000);}
await p.screenshot({path:`./shots/${tag}-sum.png`,fullPage:true});
t=await p.innerText('body'); console.log('=== 总结\n'+t.slice(t.indexOf('根据台账')).slice(0,5000));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean)); console.log('BUTTONS',btns.join(' | '));
for (const name of ['导出 Word','仍然导出']) { const bt=p.getByRole('button',{name}); if(await bt.count()){ const dl=p.waitForEvent('download',{timeout:8000}).catch(()=>null); await bt.first().click(); const d=await dl; if(d){const f=`./files/out/web-${tag}.docx`; await d.saveAs(f); console.log('DOWNLOADED',d.suggestedFilename(),f);} await p.waitForTimeout(1000);} }
await b.close();})();
