const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const logs=[];
p.on('console',m=>{if(m.type()==='error')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8827/app.html'); await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/钟楼社区2025年上半年台账.xlsx'); await p.waitForTimeout(3000);
await p.getByRole('button',{name:'预览下一期'}).click(); await p.waitForTimeout(3000);
let t=await p.innerText('body'); let k=t.indexOf('开始下一期'); console.log('NEXT:', t.slice(k,k+2500));
await p.screenshot({path:'./shots/next1.png',fullPage:true});
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'(disabled)':'')).filter(Boolean)); console.log('BUTTONS',JSON.stringify(btns));
const cand=p.getByRole('button',{name:/下载|生成下一期|开始下一期/});
for (let i=0;i<await cand.count();i++){ console.log('cand',await cand.nth(i).innerText()); }
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:10000}).catch(()=>null), p.getByRole('button',{name:/下载下一期|生成下一期/}).first().click().catch(e=>console.log('noclick',e.message.slice(0,100)))]);
if(dl){await dl.saveAs('./files/web_next.xlsx'); console.log('DL',dl.suggestedFilename());}
console.log(logs.join('\n'));
await b.close();})();
