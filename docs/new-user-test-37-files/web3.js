const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900}});
const p=await ctx.newPage(); const errs=[];p.on('pageerror',e=>errs.push(String(e)));p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
await p.goto('http://127.0.0.1:8837/app.html');await p.waitForTimeout(1000);
// rollup without opened file
const name=p.getByLabel(/汇总单位名称/);
await name.fill('东城街道办事处');
const inputs=await p.$$('input[type=file]');
const fs=['f/向阳社区.xlsx','f/光明社区.xlsx','f/和平社区-有错.xlsx','f/东湖社区-下半年.xlsx','not-a-workbook.xlsx'];
require('fs').writeFileSync('not-a-workbook.xlsx','hello,world\n1,2\n');
const dlP=p.waitForEvent('download',{timeout:15000}).catch(()=>null);
await inputs[1].setInputFiles(fs);await p.waitForTimeout(4000);
await p.screenshot({path:'./shots/rollup-web.png',fullPage:true});
const t=await p.innerText('body');console.log(t.slice(t.indexOf('汇总各单位台账')));
console.log('buttons:',(await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).join(' | '));
let d=await dlP; if(!d){const bt=p.getByRole('button',{name:/下载.*汇总/});if(await bt.count()){[d]=await Promise.all([p.waitForEvent('download'),bt.first().click()]);}}
if(d){await d.saveAs('web-rollup.xlsx');console.log('downloaded',d.suggestedFilename());}
console.log('errors',errs);await b.close();})();
