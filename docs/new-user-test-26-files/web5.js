const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8826/app.html'); await p.waitForTimeout(1500);
// sticky overlap check on village summary
await (await p.$$('input[type=file]'))[0].setInputFiles('./b-村.xlsx'); await p.waitForTimeout(2000);
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(800);
await p.locator('button:has-text("生成总结预览")').first().click(); await p.waitForTimeout(4000);
await p.getByText('八、下一步工作打算').scrollIntoViewIfNeeded(); await p.mouse.wheel(0,150); await p.waitForTimeout(500);
await p.screenshot({path:'shots/app-sum-bottom.png'});
// click a sentence to see sources
await p.getByText('累计排查发现卫生死角').first().click(); await p.waitForTimeout(800);
await p.screenshot({path:'shots/app-sum-source.png'});
const s=await p.innerText('body'); const i=s.indexOf('数据来源'); console.log('SRC:',s.slice(i,i+400));
// rollup
await p.getByRole('tab',{name:'标准表'}).click(); await p.waitForTimeout(500);
const inp=p.getByLabel(/汇总单位名称/); await inp.fill('区委文明办');
const fis=await p.$$('input[type=file]'); console.log('file inputs',fis.length);
for(const f of fis){ const acc=await f.getAttribute('accept'); const m=await f.getAttribute('multiple'); console.log('input',acc,m);}
const multi=fis.find? null:null;
let target=null; for(const f of fis){ if((await f.getAttribute('multiple'))!==null) target=f; }
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:20000}).catch(()=>null), target.setInputFiles(['h1-民政局.xlsx','h2-城管局.xlsx','h3-教育局.xlsx'].map(x=>'./'+x))]);
await p.waitForTimeout(3000);
await p.screenshot({path:'shots/app-rollup.png',fullPage:true});
const r=await p.innerText('body'); const j=r.indexOf('汇总各单位台账'); console.log('ROLLUP:',r.slice(j,j+1500));
if(dl){await dl.saveAs('./out/web-'+dl.suggestedFilename()); console.log('DL',dl.suggestedFilename());}
console.log('buttons:', (await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).join(' | '));
console.log('ERRS',errs); await b.close();})();
