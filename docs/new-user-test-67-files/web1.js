const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:780},acceptDownloads:true});const p=await ctx.newPage();
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8670/app.html');await p.waitForTimeout(2000);
await p.screenshot({path:'./shots/app360-0.png',fullPage:true});
await p.setInputFiles('input[type=file] >> nth=0','./out/社区Q4b.xlsx');await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/app360-1.png',fullPage:true});
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean));console.log(btns.join(' | '));
for(const name of ['总结']){const t=p.getByRole('button',{name,exact:false}).first();if(await t.count()){await t.click();await p.waitForTimeout(4000);}}
await p.screenshot({path:'./shots/app360-2.png',fullPage:true});
const txt=await p.innerText('body');require('fs').writeFileSync('./out/app360-body.txt',txt);
const btns2=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean));console.log(btns2.join(' | '));
await b.close();})();
