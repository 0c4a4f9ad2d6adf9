const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:1280,height:900},acceptDownloads:true});
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8840/app.html');await p.waitForTimeout(1000);
await (await p.$('input[type=file]')).setInputFiles(process.argv[2]); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(800); await p.getByRole('button',{name:'校验',exact:true}).last().click(); await p.waitForTimeout(3000);
await p.screenshot({path:'web-check.png'});

await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(800); const gb=p.getByRole('button',{name:/生成总结预览|重新生成/}); if(await gb.count()) {await gb.first().click({timeout:5000}).catch(e=>console.log('nogen'));} await p.waitForTimeout(5000);
await p.screenshot({path:'web-sum.png',fullPage:true});
const t2=await p.innerText('body'); console.log('---- 总结\n'+t2.slice(t2.indexOf('总结')+2,t2.indexOf('总结')+4000));
const bs=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean));console.log('BUTTONS',bs.join(' | '));
try{const [d]=await Promise.all([p.waitForEvent('download',{timeout:8000}),p.getByRole('button',{name:/导出|下载.*Word|Word/}).first().click()]);const f='web-'+d.suggestedFilename();await d.saveAs(f);console.log('DOWNLOADED',f);}catch(e){console.log('DL FAIL',e.message.slice(0,200));await p.screenshot({path:'web-dl.png',fullPage:true});console.log((await p.innerText('body')).slice(-800))}
await b.close();})();
