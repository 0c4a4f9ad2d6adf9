const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:780},acceptDownloads:true});const p=await ctx.newPage();
await p.goto('http://127.0.0.1:8670/app.html');await p.waitForTimeout(1500);
await p.setInputFiles('input[type=file] >> nth=0','./out/社区Q4b.xlsx');await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(1500);
const bs=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean).filter(t=>!t.startsWith('提示')));console.log(bs.join(' | '));
for(const n of ['生成总结','预览','生成']){const t=p.getByRole('button',{name:n}).first();if(await t.count()){console.log('click',n);await t.click();break;}}
await p.waitForTimeout(5000);
await p.screenshot({path:'./shots/app360-sum.png',fullPage:true});
require('fs').writeFileSync('./out/app360-sum.txt',await p.innerText('body'));
const sw=await p.evaluate(()=>[document.documentElement.scrollWidth,document.documentElement.clientWidth]);console.log('scroll',sw);
await b.close();})();
