const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:360,height:800}});
const p=await ctx.newPage(); const logs=[];
p.on('console',m=>{if(m.type()==='error')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8827/taskpane.html?preview=1&host=word'); await p.waitForTimeout(3000);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/a_社区.xlsx'); await p.waitForTimeout(4000);
await p.screenshot({path:'./shots/word1.png',fullPage:true});
let t=await p.innerText('body'); console.log(t.slice(0,2500));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'(disabled)':'')).filter(Boolean)); console.log('BUTTONS',JSON.stringify(btns.slice(0,60)));
try{ await p.getByRole('button',{name:'新建文档打开'}).click(); await p.waitForTimeout(1500); t=await p.innerText('body'); console.log('AFTER CLICK:', t.slice(-1200));
 const b2=p.getByRole('button',{name:/仍然生成/}); if(await b2.count()){ const [dl]=await Promise.all([p.waitForEvent('download',{timeout:8000}).catch(()=>null), b2.first().click()]); await p.waitForTimeout(2000); if(dl){await dl.saveAs('./files/out/word_a.docx'); console.log('DL',dl.suggestedFilename());} t=await p.innerText('body'); console.log('AFTER FORCE:', t.slice(-800)); }
}catch(e){console.log('ERR',e.message.slice(0,200))}
await p.screenshot({path:'./shots/word2.png',fullPage:true});
console.log(logs.join('\n'));
await b.close();})();
