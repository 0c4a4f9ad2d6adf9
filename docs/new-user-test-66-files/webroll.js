const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:400,height:800},acceptDownloads:true});const p=await ctx.newPage();
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
await p.goto('http://127.0.0.1:8660/app.html');await p.waitForTimeout(1500);
await p.getByLabel('汇总单位名称').fill('云川县第一中心小学');
const sel=p.getByLabel('汇总单位类型'); console.log(await sel.evaluate(e=>e.tagName+' '+(e.innerText||'')));
try{await sel.click();await p.waitForTimeout(500);await p.getByRole('option',{name:'学校'}).click();}catch(e){console.log('type sel fail',e.message.slice(0,100))}
const fc=p.waitForEvent('filechooser');await p.getByRole('button',{name:'选择台账文件…'}).click();const ch=await fc;
const dl=p.waitForEvent('download',{timeout:20000}).catch(()=>null);
await ch.setFiles(['中心小学本部','石门村小学','河口村小学','龙潭教学点'].map(n=>`./out/xx/${n}.xlsx`));
await p.waitForTimeout(6000);
await p.screenshot({path:'./shots/web-rollup-400.png',fullPage:true});
const d=await dl; if(d){await d.saveAs('./out/web-汇总.xlsx');console.log('downloaded',d.suggestedFilename());}
require('fs').writeFileSync('./out/web-rollup.txt',await p.locator('body').innerText());
await b.close();})();
