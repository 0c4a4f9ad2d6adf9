const { chromium } = require('./node_modules/playwright-core');
const fs=require('fs'); const S='./shots/';
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});
 const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push(String(e)));
 // Excel pane preview
 await p.goto('http://127.0.0.1:8855/taskpane.html?preview=1'); await p.waitForTimeout(4000);
 await p.screenshot({path:S+'pane-excel-start.png'});
 let btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean)); console.log('EXCEL:',btns.slice(0,30).join(' | '));
 const tabs=await p.$$eval('[role=tab]',t=>t.map(x=>x.innerText)); console.log('tabs',tabs);
 for(const t of tabs){ await p.getByRole('tab',{name:t}).click(); await p.waitForTimeout(2500); await p.screenshot({path:S+`pane-excel-${t}.png`}); fs.writeFileSync(S+`pane-excel-${t}.txt`,await p.evaluate(()=>document.body.innerText)); }
 // Word pane
 const p2=await ctx.newPage(); p2.on('pageerror',e=>errs.push(String(e)));
 await p2.goto('http://127.0.0.1:8855/taskpane.html?preview=1&host=word'); await p2.waitForTimeout(3000);
 await p2.screenshot({path:S+'pane-word-start.png'});
 await (await p2.$('input[type=file]')).setInputFiles('./files/in/b-县人民法院-2024全年.xlsx'); await p2.waitForTimeout(4000);
 await p2.screenshot({path:S+'pane-word-b.png',fullPage:true});
 fs.writeFileSync(S+'pane-word-b.txt',await p2.evaluate(()=>document.body.innerText));
 btns=await p2.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'[disabled]':'')).filter(Boolean)); console.log('WORD:',btns.join(' | '));
 try{ await p2.getByRole('button',{name:'新建文档打开'}).click(); await p2.waitForTimeout(2000); await p2.screenshot({path:S+'pane-word-b-after.png',fullPage:true}); fs.writeFileSync(S+'pane-word-b-after.txt',await p2.evaluate(()=>document.body.innerText)); }catch(e){console.log('x',e.message.split('\n')[0])}
 console.log('errors',errs); await b.close();
})();
