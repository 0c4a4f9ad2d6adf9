const { chromium } = require('./node_modules/playwright-core');
const fs=require('fs'); const S='./shots/'; const D='./files/in/taoyuan/';
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});
 const errs=[];
 const p=await ctx.newPage(); p.on('pageerror',e=>errs.push(String(e)));
 await p.goto('http://127.0.0.1:8855/taskpane.html?preview=1'); await p.waitForTimeout(3000);
 await (await p.$('input[type=file]')).setInputFiles('./files/in/a-城东农贸市场-2025上半年.xlsx'); await p.waitForTimeout(3000);
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(500);
 await p.getByRole('button',{name:'生成总结预览'}).click(); await p.waitForTimeout(4000);
 await p.screenshot({path:S+'pane-excel-a-summary.png'});
 fs.writeFileSync(S+'pane-excel-a-summary.txt',await p.evaluate(()=>document.body.innerText));
 // click a sentence with figures
 const sb=await p.$$('button:has-text("受理消费投诉")'); console.log('sentence buttons',sb.length);
 if(sb[0]){await sb[0].click(); await p.waitForTimeout(800); await p.screenshot({path:S+'pane-excel-a-sentence.png'}); fs.writeFileSync(S+'pane-excel-a-sentence.txt',await p.evaluate(()=>document.body.innerText));}
 // web app rollup at 400x800
 const c2=await b.newContext({viewport:{width:400,height:800},acceptDownloads:true});
 const q=await c2.newPage(); q.on('pageerror',e=>errs.push(String(e)));
 await q.goto('http://127.0.0.1:8855/app.html'); await q.waitForTimeout(1500);
 await q.getByLabel(/汇总单位名称/).fill('桃源街道办事处');
 const inputs=await q.$$('input[type=file]'); console.log('file inputs',inputs.length);
 const [fc]=await Promise.all([q.waitForEvent('filechooser'), q.getByRole('button',{name:'选择台账文件…'}).click()]);
 const [dl]=await Promise.all([q.waitForEvent('download',{timeout:30000}).catch(e=>null), fc.setFiles(['桃花社区.xlsx','杏林社区.xlsx','梅岭社区.xlsx','竹园社区.xlsx','桃源街道本级.xlsx'].map(f=>D+f))]);
 await q.waitForTimeout(4000);
 if(dl){await dl.saveAs('./out/ui-rollup.xlsx'); console.log('rollup dl',dl.suggestedFilename());}
 await q.screenshot({path:S+'app-400-rollup.png',fullPage:true}); fs.writeFileSync(S+'app-400-rollup.txt',await q.evaluate(()=>document.body.innerText));
 console.log('errors',errs); await b.close();
})();
