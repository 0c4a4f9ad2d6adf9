const {chromium}=require('./node_modules/playwright-core');
const B='http://127.0.0.1:8847/';const S='./shots/';const F='./files/';
(async()=>{const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
const ctx=await br.newContext({viewport:{width:+process.argv[2]||400,height:+process.argv[3]||800},acceptDownloads:true});const p=await ctx.newPage();
p.on('pageerror',e=>errs.push('pageerror: '+e.message));p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
const tag=process.argv[4]||'400';
await p.goto(B+'app.html');await p.waitForTimeout(1500);
await p.locator('input[type=file]').first().setInputFiles(F+(process.argv[5]||'court.xlsx'));await p.waitForTimeout(3000);
await p.screenshot({path:S+`app-${tag}-opened.png`,fullPage:true});
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(2000);
await p.screenshot({path:S+`app-${tag}-check.png`,fullPage:true});
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(3000);
await p.screenshot({path:S+`app-${tag}-summary.png`,fullPage:true});
const txt=await p.locator('body').innerText();require('fs').writeFileSync(S+`app-${tag}-summary.txt`,txt);
console.log('SUMMARY buttons:',(await p.locator('button').allInnerTexts()).join(' | '));
try{const btn=p.getByRole('button',{name:/导出|下载.*Word|docx/}).first();const [dl]=await Promise.all([p.waitForEvent('download',{timeout:8000}),btn.click()]);
 await p.waitForTimeout(500);
 // maybe a confirm for errors
 await dl.saveAs(S+`app-${tag}.docx`);console.log('downloaded',dl.suggestedFilename());}catch(e){console.log('dl fail',e.message.split('\n')[0]);
 await p.screenshot({path:S+`app-${tag}-export.png`,fullPage:true});
 const again=p.getByRole('button',{name:/仍然/}).first(); if(await again.count()){const [dl]=await Promise.all([p.waitForEvent('download',{timeout:8000}),again.click()]);await dl.saveAs(S+`app-${tag}.docx`);console.log('downloaded after 仍然',dl.suggestedFilename());}}
console.log(errs.join('\n'));await br.close();})();
