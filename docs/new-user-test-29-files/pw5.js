const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:1000}});
const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERROR',e.message));
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8829/app.html');await p.waitForTimeout(800);
// rollup without name first
const inputs=p.locator('input[type=file]');console.log('file inputs',await inputs.count());
const d='./files/street/';
const files=['锦绣苑社区.xlsx','东风社区.xlsx','西湖社区.xlsx','南山社区.xlsx','向阳社区台账.xlsx'].map(f=>d+f);
await inputs.nth(1).setInputFiles(files);await p.waitForTimeout(3000);
let t=await p.innerText('body');console.log('--- NO NAME\n'+t.slice(t.indexOf('汇总各单位台账'),t.indexOf('汇总各单位台账')+1200));
const name=p.getByLabel(/汇总单位名称/);if(await name.count()){await name.fill('城南街道办事处');}
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:20000}).catch(()=>null),inputs.nth(1).setInputFiles(files)]);
await p.waitForTimeout(3000);
t=await p.innerText('body');console.log('--- WITH NAME\n'+t.slice(t.indexOf('汇总各单位台账'),t.indexOf('汇总各单位台账')+2500));
await p.screenshot({path:'./shots/web-rollup.png',fullPage:true});
console.log(await p.$$eval('button',els=>els.filter(e=>e.offsetParent).map(e=>e.innerText)));
const dlb=p.locator('button:visible',{hasText:/下载/});for(let i=0;i<await dlb.count();i++){console.log('dl btn',await dlb.nth(i).innerText());}
const l=p.locator('button:visible',{hasText:'下载汇总台账'});
if(await l.count()){const [d2]=await Promise.all([p.waitForEvent('download'),l.first().click()]);await d2.saveAs('./files/out/web-'+d2.suggestedFilename());console.log('saved',d2.suggestedFilename());}
else if(dl){await dl.saveAs('./files/out/web-'+dl.suggestedFilename());console.log('auto saved',dl.suggestedFilename());}
await b.close();})();
