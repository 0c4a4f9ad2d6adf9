const {chromium}=require('./node_modules/playwright-core');
const B='http://127.0.0.1:8850/';const S='./shots/';const O='./out/';
(async()=>{
const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await br.newContext({viewport:{width:360,height:640},acceptDownloads:true});const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERR',e.message));
p.on('download',async d=>{const n=d.suggestedFilename();await d.saveAs(O+'app-'+n);console.log('DOWNLOAD',n);});
await p.goto(B+'app.html');await p.waitForTimeout(2000);
await p.getByRole('textbox',{name:/汇总单位名称/}).fill('县卫生健康委员会');
const inputs=p.locator('input[type=file]');const n=await inputs.count();console.log('inputs',n);
let done=false;
for(let k=0;k<n;k++){const acc=await inputs.nth(k).getAttribute('multiple');if(acc!==null){await inputs.nth(k).setInputFiles(['f-weijianwei.xlsx','a.xlsx','f-zhongyi.xlsx','f-weishengyuan-errors.xlsx','f-shimen-empty.xlsx'].map(f=>'./files/'+f));done=true;console.log('used input',k);break;}}
await p.waitForTimeout(6000);
await p.screenshot({path:S+'13-app-rollup-360.png',fullPage:true});
const t=await p.locator('body').innerText();const i=t.indexOf('汇总各单位台账');console.log(t.slice(i,i+2500));
await br.close();})();
