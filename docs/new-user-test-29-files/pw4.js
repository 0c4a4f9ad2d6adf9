const {chromium}=require('playwright-core');
const file=process.argv[2], tag=process.argv[3];
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:1000}});
const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERROR',e.message));
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8829/app.html');await p.waitForTimeout(800);
await p.setInputFiles('input[type=file] >> nth=0',file);await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);
await p.locator('main button:visible, button:visible').filter({hasText:/^校验$/}).last().click();await p.waitForTimeout(2500);
await p.screenshot({path:`./shots/${tag}-check.png`,fullPage:true});
const t1=await p.innerText('body');console.log('--- CHECK\n'+t1.slice(t1.indexOf('规范数据'),t1.indexOf('规范数据')+2500));
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);
{const g=p.locator('button:visible',{hasText:'生成总结预览'});await p.waitForTimeout(1500);if(await g.count())await g.click();await p.waitForTimeout(4000);}
await p.screenshot({path:`./shots/${tag}-summary.png`,fullPage:true});
const t2=await p.innerText('body');console.log('--- SUMMARY\n'+t2.slice(t2.indexOf('每句话都注明')));
const bs=await p.$$eval('button',els=>els.filter(e=>e.offsetParent).map(e=>e.innerText));console.log(bs);
for(const name of ['仍然导出','导出 Word','导出Word']){const l=p.locator('button:visible',{hasText:name});if(await l.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null),l.first().click()]);if(d){const f='./files/out/web-'+tag+'-'+d.suggestedFilename();await d.saveAs(f);console.log('DOWNLOADED',f);break;} else {await p.waitForTimeout(1000);console.log('after',name,(await p.innerText('body')).slice(-600));}}}
const l2=p.locator('button:visible',{hasText:'仍然导出'});if(await l2.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null),l2.first().click()]);if(d){const f='./files/out/web-'+tag+'-'+d.suggestedFilename();await d.saveAs(f);console.log('DOWNLOADED2',f);}}
await p.screenshot({path:`./shots/${tag}-after.png`,fullPage:true});
await b.close();})();
