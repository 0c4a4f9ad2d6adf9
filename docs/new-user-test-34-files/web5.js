const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:360,height:800},acceptDownloads:true});
const logs=[];p.on('console',m=>{if(m.type()==='error')logs.push(m.type()+': '+m.text().slice(0,200))});p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8834/taskpane.html?preview=1&host=word');await p.waitForTimeout(2500);
await p.screenshot({path:'./files/shots/word-0.png'});
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/in/b-村-柳塘.xlsx');await p.waitForTimeout(4000);
await p.screenshot({path:'./files/shots/word-1.png',fullPage:true});
const t=await p.innerText('body');console.log(t.slice(0,2500));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'(disabled)':'')).filter(Boolean));console.log('BUTTONS',JSON.stringify(btns));
const bt=p.getByRole('button',{name:/新建文档打开/});if(await bt.count()){const dlP=p.waitForEvent('download',{timeout:8000}).catch(()=>null);await bt.click();await p.waitForTimeout(3000);const dl=await dlP;if(dl){await dl.saveAs('./files/out/word-pane.docx');console.log('DL',dl.suggestedFilename());}
 const t2=await p.innerText('body');console.log(t2.match(/已生成[^\n]*/g));}
// excel pane preview
const q=await b.newPage({viewport:{width:360,height:800}});await q.goto('http://127.0.0.1:8834/taskpane.html?preview=1');await q.waitForTimeout(3000);await q.screenshot({path:'./files/shots/pane-0.png'});
console.log('PANE',(await q.innerText('body')).slice(0,600));
console.log(logs.join('\n'));
await b.close();})();
