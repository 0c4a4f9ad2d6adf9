const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/';
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const errs=[];
 const ctx=await b.newContext({viewport:{width:360,height:640},acceptDownloads:true}); const p=await ctx.newPage();
 p.on('pageerror',e=>errs.push(e.message));
 await p.goto('http://127.0.0.1:8846/app.html'); await p.waitForTimeout(2000);
 await p.locator('input[type=file]').first().setInputFiles('./files/月湖社区2025年5月台账.xlsx'); await p.waitForTimeout(3000);
 await p.getByRole('button',{name:'预览下一期'}).click(); await p.waitForTimeout(2500);
 try{const [dl]=await Promise.all([p.waitForEvent('download',{timeout:8000}), p.getByRole('button',{name:'下载下一期台账'}).click()]); console.log('next dl',dl.suggestedFilename());}catch(e){console.log('nodl',e.message.split('\n')[0])}
 await p.getByLabel(/汇总单位名称/).fill('城关镇人民政府').catch(e=>console.log('nolabel'));
 await p.locator('input[type=file]').nth(1).setInputFiles(['东岭村.xlsx','西溪村.xlsx','南坪村.xlsx','北山村.xlsx','rollup/城关镇.xlsx'].map(f=>'./files/'+f)); await p.waitForTimeout(6000);
 await p.screenshot({path:S+'app-360-rollup.png',fullPage:true});
 const txt=await p.locator('body').innerText(); const i=txt.indexOf('汇总各单位台账'); console.log('ROLLUP', txt.slice(i, i+2000));
 try{const [dl]=await Promise.all([p.waitForEvent('download',{timeout:8000}), p.getByRole('button',{name:/下载汇总/}).click()]); await dl.saveAs('./out/app-'+dl.suggestedFilename()); console.log('dl',dl.suggestedFilename());}catch(e){console.log('nodl',e.message.split('\n')[0])}
 console.log('ERRS',errs.join('\n'));
 await b.close();})();
