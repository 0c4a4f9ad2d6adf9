const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const errs=[];p.on('pageerror',e=>errs.push(String(e)));p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
await p.goto('http://127.0.0.1:8833/app.html');await p.waitForTimeout(1000);
const inp=await p.$$('input[type=file]');await inp[0].setInputFiles(process.argv[2]);await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);await p.getByRole('button',{name:'校验',exact:true}).click();await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/'+process.argv[3]+'_check.png',fullPage:false});
const t=await p.innerText('main, body');
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);{const g=p.getByRole('button',{name:/生成总结预览|刷新/});if(await g.count())await g.first().click();}await p.waitForTimeout(3500);
await p.screenshot({path:'./shots/'+process.argv[3]+'_sum.png',fullPage:true});
const t2=await p.innerText('body');console.log('=====SUM\n'+t2.slice(t2.indexOf('总结',40)));
console.log('buttons', (await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'(disabled)':'')).filter(Boolean))).join(' | '));
try{const btn=p.getByRole('button',{name:/导出|下载.*Word|Word/}).first();const [d]=await Promise.all([p.waitForEvent('download',{timeout:8000}),btn.click()]);
 await p.waitForTimeout(500);const more=await p.getByRole('button',{name:/仍然/}).count();console.log('仍然 buttons',more);
 const path='./out/web_'+process.argv[3]+'.docx';await d.saveAs(path);console.log('saved',d.suggestedFilename());}catch(e){console.log('download failed',String(e).slice(0,200));
 const more=p.getByRole('button',{name:/仍然/});if(await more.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:8000}),more.first().click()]);await d.saveAs('./out/web_'+process.argv[3]+'.docx');console.log('saved after 仍然',d.suggestedFilename());}}
console.log('ERRS',errs);await b.close();})();
