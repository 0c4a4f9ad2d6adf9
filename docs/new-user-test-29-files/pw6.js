const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:360,height:800}});
const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERROR',e.message));
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
await p.route(/^(?!http:\/\/127\.0\.0\.1)/,r=>r.abort());
await p.goto('http://127.0.0.1:8829/taskpane.html?preview=1&host=word');await p.waitForTimeout(2500);
await p.setInputFiles('input[type=file] >> nth=0','./files/b-村-fixed.xlsx');await p.waitForTimeout(4000);
await p.screenshot({path:'./shots/word-pane.png',fullPage:true});
let t=await p.innerText('body');console.log(t.slice(0,2500));
const l=p.locator('button:visible',{hasText:'新建文档打开'});
if(await l.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null),l.click()]);await p.waitForTimeout(2000);if(d){await d.saveAs('./files/out/word-pane-'+d.suggestedFilename());console.log('DL',d.suggestedFilename());}
t=await p.innerText('body');console.log('AFTER',t.match(/已生成[^\n]*|预览模式[^\n]*|下载[^\n]*/g));await p.screenshot({path:'./shots/word-pane-after.png'});}
// excel pane preview
const p2=await ctx.newPage();p2.on('pageerror',e=>console.log('PAGEERROR2',e.message));
await p2.goto('http://127.0.0.1:8829/taskpane.html?preview=1');await p2.waitForTimeout(3000);
await p2.getByRole('tab',{name:'总结'}).click();await p2.waitForTimeout(3000);
await p2.screenshot({path:'./shots/excel-pane-summary.png',fullPage:false});
console.log('EXCEL PANE',(await p2.innerText('body')).slice(0,800));
await b.close();})();
