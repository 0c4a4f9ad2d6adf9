const {chromium}=require('./repo/node_modules/playwright-core');
const S='./shots/';const fs=require('fs');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const log=[];
let ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});
let p=await ctx.newPage(); p.on('pageerror',e=>log.push('pageerror: '+e.message));
await p.goto('http://127.0.0.1:8859/taskpane.html?preview=1'); await p.waitForTimeout(4000);
await p.screenshot({path:S+'pane_excel_0.png',fullPage:true});
const t=p.getByRole('tab',{name:/总结/}); if(await t.count()){await t.first().click();await p.waitForTimeout(3000);await p.screenshot({path:S+'pane_excel_summary.png',fullPage:true});}
log.push('excel pane tabs: '+(await p.$$eval('[role=tab]',e=>e.map(x=>x.textContent.trim()))).join('|'));
await ctx.close();
ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});
p=await ctx.newPage(); p.on('pageerror',e=>log.push('word pageerror: '+e.message));
await p.goto('http://127.0.0.1:8859/taskpane.html?preview=1&host=word'); await p.waitForTimeout(3000);
await p.screenshot({path:S+'pane_word_0.png',fullPage:true});
const inp=await p.$('input[type=file]'); await inp.setInputFiles('./out/c_village_q2_filled.xlsx'); await p.waitForTimeout(5000);
await p.screenshot({path:S+'pane_word_1_loaded.png',fullPage:true});
fs.writeFileSync('./out/word_pane.txt',await p.evaluate(()=>document.body.innerText));
const nb=p.getByRole('button',{name:/新建文档打开/});
if(await nb.count()){const dl=p.waitForEvent('download',{timeout:15000}).catch(()=>null);await nb.first().click();const d=await dl;await p.waitForTimeout(2000);
 if(d){await d.saveAs('./out/word_pane.docx');log.push('word download '+d.suggestedFilename());}
 await p.screenshot({path:S+'pane_word_2_after.png',fullPage:true});}
await ctx.close();console.log(log.join('\n'));await b.close();})();
