const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1000,height:800}});
const p=await ctx.newPage(); const errs=[];p.on('pageerror',e=>errs.push(String(e)));p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
let reqs=[];p.on('request',r=>{if(!r.url().startsWith('file:')&&!r.url().startsWith('data:')&&!r.url().startsWith('blob:'))reqs.push(r.url())});
await p.goto('file://./files/single/'+encodeURIComponent('创文台账助手网页版.html'));await p.waitForTimeout(2000);
const [d]=await Promise.all([p.waitForEvent('download',{timeout:10000}).catch(()=>null),p.getByRole('button',{name:/下载空白标准台账/}).click()]);
if(d){await d.saveAs('single-blank.xlsx');console.log('blank downloaded',d.suggestedFilename());}
await (await p.$$('input[type=file]'))[0].setInputFiles('b2-柳塘村-2025上半年.xlsx');await p.waitForTimeout(2000);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);
if(await p.getByRole('button',{name:'生成总结预览'}).count())await p.getByRole('button',{name:'生成总结预览'}).click();await p.waitForTimeout(3000);
const t=await p.innerText('body');console.log(t.includes('整改旱厕改造')?'preview same text':'preview differs');
await p.screenshot({path:'./shots/single-summary.png'});
console.log('reqs',reqs,'errors',errs);await b.close();})();
