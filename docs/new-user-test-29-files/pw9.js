const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:1000}});
const p=await ctx.newPage();let reqs=0;
p.on('request',r=>{if(!r.url().startsWith('file:')&&!r.url().startsWith('data:')&&!r.url().startsWith('blob:')){reqs++;console.log('REQ',r.url())}});
p.on('pageerror',e=>console.log('PAGEERROR',e.message));
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
await p.goto('file:///tmp/nu29single/创文台账助手网页版.html');await p.waitForTimeout(1500);
await p.setInputFiles('input[type=file] >> nth=0','./files/j-季度.xlsx');await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(1500);
const g=p.locator('button:visible',{hasText:'生成总结预览'});if(await g.count())await g.click();await p.waitForTimeout(4000);
const t=await p.innerText('body');console.log(t.slice(t.indexOf('创建文明城市工作总结')-20,t.indexOf('创建文明城市工作总结')+300));
const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null),p.locator('button:visible',{hasText:'导出 Word'}).click()]);
if(d){await d.saveAs('/tmp/nu29single/'+d.suggestedFilename());console.log('DL',d.suggestedFilename());}
console.log('non-file requests',reqs);
await b.close();})();
