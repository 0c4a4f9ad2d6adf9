const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/';
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const errs=[];
 const ctx=await b.newContext({viewport:{width:400,height:800},acceptDownloads:true}); const p=await ctx.newPage();
 p.on('pageerror',e=>errs.push(e.message));
 await p.goto('http://127.0.0.1:8846/app.html'); await p.waitForTimeout(2000);
 await p.locator('input[type=file]').first().setInputFiles('./files/e_yuehu_may.xlsx'); await p.waitForTimeout(3000);
 await p.getByRole('button',{name:'预览下一期'}).click(); await p.waitForTimeout(3000);
 await p.screenshot({path:S+'app-400-next.png',fullPage:true});
 const txt=await p.locator('body').innerText(); console.log('NEXT', txt.slice(txt.indexOf('开始下一期'), txt.indexOf('开始下一期')+1500));
 console.log('BTNS',(await p.locator('button').allInnerTexts()).filter(t=>t.length<40).join(' | '));
 try{const [dl]=await Promise.all([p.waitForEvent('download',{timeout:8000}), p.getByRole('button',{name:/下载.*下一期|下载/}).last().click()]); await dl.saveAs('./out/app-next-'+dl.suggestedFilename()); console.log('dl',dl.suggestedFilename());}catch(e){console.log('nodl',e.message.split('\n')[0])}
 // rollup
 const inputs=p.locator('input[type=file]'); const n=await inputs.count(); for(let i=0;i<n;i++) console.log('input',i,await inputs.nth(i).getAttribute('accept'),await inputs.nth(i).getAttribute('multiple'),await inputs.nth(i).evaluate(e=>e.closest('section,div')?.innerText?.slice(0,60)));
 console.log('ERRS',errs.join('\n'));
 await b.close();})();
