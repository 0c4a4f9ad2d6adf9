const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:1200,height:900},acceptDownloads:true});const p=await ctx.newPage();
const errs=[];p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8839/app.html');await p.waitForTimeout(1500);
await p.getByRole('textbox').first().fill('鼓楼街道办事处');
const fis=await p.$$('input[type=file]');console.log('inputs',fis.length);
const dir='streets/';const files=['东门社区台账.xlsx','西门社区台账.xlsx','南门社区台账.xlsx','北门社区台账.xlsx','东门社区台账(最终版).xlsx'].map(f=>dir+f);
const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null),fis[fis.length-1].setInputFiles(files)]);
await p.waitForTimeout(3000);
await p.screenshot({path:'shots/rollup.png',fullPage:true});
const t=await p.innerText('body');console.log(t.slice(t.indexOf('汇总各单位台账'),t.indexOf('汇总各单位台账')+2000));
if(d){await d.saveAs('out/web-rollup.xlsx');console.log('DL',d.suggestedFilename());}
else{const btn=p.getByRole('button',{name:/下载|汇总/});console.log(await p.$$eval('button',bs=>bs.map(b=>b.textContent).join('|')));}
console.log('ERRS',errs);await b.close();})();
