const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const logs=[]; let reqs=0;
p.on('request',r=>{ if(!r.url().startsWith('file:')&&!r.url().startsWith('data:')&&!r.url().startsWith('blob:')) {reqs++; logs.push('REQ '+r.url());}});
p.on('console',m=>{if(m.type()==='error')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('file:///tmp/nu27sf/'+encodeURIComponent('创文台账助手网页版.html')); await p.waitForTimeout(2500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/h_镇.xlsx'); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(800);
if(await p.getByRole('button',{name:'生成总结预览'}).count()) await p.getByRole('button',{name:'生成总结预览'}).click(); await p.waitForTimeout(4000);
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:10000}).catch(()=>null), p.getByRole('button',{name:'导出 Word'}).click()]);
if(dl){await dl.saveAs('./files/out/sf_h.docx'); console.log('DL',dl.suggestedFilename());}
console.log('reqs',reqs); console.log(logs.join('\n'));
await b.close();})();
