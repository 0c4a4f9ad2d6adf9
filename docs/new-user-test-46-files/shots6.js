const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/';
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const errs=[];
 const ctx=await b.newContext({viewport:{width:400,height:800},acceptDownloads:true}); const p=await ctx.newPage();
 p.on('pageerror',e=>errs.push(e.message));
 await p.goto('http://127.0.0.1:8846/app.html'); await p.waitForTimeout(2000);
 await p.getByRole('button',{name:'导入已有台账…'}).click(); await p.waitForTimeout(2000);
 await p.screenshot({path:S+'app-400-import-1.png',fullPage:true});
 const inputs=p.locator('input[type=file]'); const n=await inputs.count(); console.log('inputs',n);
 await inputs.nth(1).setInputFiles('./files/g_handmade.xlsx'); await p.waitForTimeout(4000);
 await p.getByRole('button',{name:'识别表格'}).click(); await p.waitForTimeout(3000); await p.screenshot({path:S+'app-400-import-2.png',fullPage:true});
 let txt=await p.locator('body').innerText(); let i=txt.indexOf('导入已有台账'); console.log('IMPORT', txt.slice(i, i+2500));
 console.log('BTNS',(await p.locator('button').allInnerTexts()).filter(t=>t.length<40).join(' | '));
 try{const btn=p.getByRole('button',{name:/导入|下载/}).filter({hasText:/导入并下载|下载标准台账|确认导入/}); console.log('cand',await btn.count()); const [dl]=await Promise.all([p.waitForEvent('download',{timeout:8000}), btn.first().click()]); await dl.saveAs('./out/app-import-'+dl.suggestedFilename()); console.log('dl',dl.suggestedFilename());}catch(e){console.log('nodl',e.message.split('\n')[0])}
 console.log('ERRS',errs.join('\n'));
 await b.close();})();
