const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:360,height:800}});
const p=await ctx.newPage(); const logs=[]; p.on('console',m=>{if(m.type()==='error')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8830/taskpane.html?preview=1&host=word'); await p.waitForTimeout(2500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/e-超市.xlsx'); await p.waitForTimeout(4000);
await p.screenshot({path:'./shots/word-pane.png',fullPage:true});
console.log((await p.innerText('body')).slice(0,2500));
const bt=p.getByRole('button',{name:/新建文档打开/}); if(await bt.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null),bt.click()]); await p.waitForTimeout(2000); console.log('DL',d&&d.suggestedFilename()); const t=await p.innerText('body'); console.log(t.match(/已生成[^\n]*/g));}
await p.goto('http://127.0.0.1:8830/taskpane.html?preview=1'); await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/excel-pane.png',fullPage:true});
console.log('--- excel pane\n'+(await p.innerText('body')).slice(0,1200));
console.log(logs.filter(l=>!/office|appsforoffice|ERR_/i.test(l)).join('\n'));
await b.close();})();
