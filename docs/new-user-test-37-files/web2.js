const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900}});
const p=await ctx.newPage(); const errs=[];p.on('pageerror',e=>errs.push(String(e)));p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
await p.goto('http://127.0.0.1:8837/app.html');await p.waitForTimeout(1000);
const tag=process.argv[3]||'x';
await (await p.$$('input[type=file]'))[0].setInputFiles(process.argv[2]);await p.waitForTimeout(2000);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);await p.getByRole('button',{name:'校验',exact:true}).last().click();await p.waitForTimeout(2000);
await p.screenshot({path:`./shots/${tag}-check.png`,fullPage:true});
const t=await p.innerText('body');console.log('---校验---\n'+t.slice(t.indexOf('规范数据')-200,t.indexOf('规范数据')+3000));
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);if(await p.getByRole('button',{name:'生成总结预览'}).count())await p.getByRole('button',{name:'生成总结预览'}).click();await p.waitForTimeout(3000);
await p.screenshot({path:`./shots/${tag}-summary.png`,fullPage:true});
const t2=await p.innerText('body');console.log('---总结---\n'+t2.slice(0,4000));
console.log('buttons:',(await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).join(' | '));
const btn=p.getByRole('button',{name:/导出 ?Word/});
if(await btn.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:8000}).catch(e=>null),btn.first().click()]);
 if(d){await d.saveAs(`./files/web-${tag}.docx`);console.log('downloaded',d.suggestedFilename());}
 else {await p.waitForTimeout(1000);console.log('no download; page says:\n'+(await p.innerText('body')).slice(0,1500));await p.screenshot({path:`./shots/${tag}-export.png`,fullPage:true});}}
console.log('errors',errs);await b.close();})();
