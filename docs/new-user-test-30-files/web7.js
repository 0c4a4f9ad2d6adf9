const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const logs=[]; p.on('console',m=>{if(m.type()==='error')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8830/app.html'); await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/a2-社区.xlsx'); await p.waitForTimeout(3000);
await p.getByRole('button',{name:'预览下一期'}).click(); await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/web-next.png',fullPage:true});
const t=await p.innerText('body'); const i=t.indexOf('开始下一期'); console.log(t.slice(i,i+1800));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText)); console.log(btns.join(' | '));
const nb=p.getByRole('button',{name:/下载下一期|生成下一期|下载/}).filter({hasNotText:'处理后'});
if(await nb.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null),nb.first().click()]); console.log('DL',d&&d.suggestedFilename()); if(d) await d.saveAs('./files/out/web-next.xlsx');}
console.log(logs.join('\n'));
await b.close();})();
