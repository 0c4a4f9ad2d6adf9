const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
let reqs=0; p.on('request',r=>{ if(!r.url().startsWith('file:')&&!r.url().startsWith('data:')&&!r.url().startsWith('blob:')) reqs++; });
await p.goto('file://./single/创文台账助手网页版.html'); await p.waitForTimeout(2500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./n-街道.xlsx'); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(800);
await p.locator('button:has-text("生成总结预览")').first().click(); await p.waitForTimeout(5000);
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null), p.locator('button:has-text("导出 Word")').click()]);
if(dl){await dl.saveAs('./out/single-'+dl.suggestedFilename()); console.log('DL',dl.suggestedFilename());}
// blank template download
const [dl2]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null), p.locator('button:has-text("下载空白标准台账")').click().catch(e=>console.log('no blank btn when file open'))]);
console.log('dl2',dl2&&dl2.suggestedFilename());
console.log('non-file requests',reqs,'ERRS',errs); await b.close();})();
