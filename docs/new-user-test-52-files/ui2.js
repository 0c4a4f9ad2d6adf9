const {chromium}=require('./node_modules/playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const S='./shots/';
async function pg(url,w,h){const p=await b.newPage({viewport:{width:w,height:h},acceptDownloads:true});p.on('pageerror',e=>console.log('PAGEERROR',e.message));p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});await p.goto(url);await p.waitForTimeout(2000);return p;}
for(const [w,h,file,tag] of [[360,640,'./files/b-东风社区.xlsx','b-raw'],[400,800,'./out/c-final.xlsx','c']]){
 const p=await pg('http://127.0.0.1:8852/app.html',w,h);
 await (await p.$('input[type=file]')).setInputFiles(file); await p.waitForTimeout(4000);
 await p.screenshot({path:S+`app-${w}-${tag}-opened.png`});
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(2500);
 await p.screenshot({path:S+`app-${w}-${tag}-check.png`});
 await p.screenshot({path:S+`app-${w}-${tag}-check-full.png`,fullPage:true});
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(4000);
 await p.screenshot({path:S+`app-${w}-${tag}-summary.png`});
 await p.screenshot({path:S+`app-${w}-${tag}-summary-full.png`,fullPage:true});
 console.log('--',tag,'buttons:',(await p.$$eval('button',es=>es.map(e=>e.innerText.trim()).filter(Boolean))).join(' | '));
 const txt=await p.evaluate(()=>document.body.innerText); require('fs').writeFileSync(`./out/app-${tag}-summary-page.txt`,txt);
 const exp=p.getByRole('button',{name:/导出|下载.*Word|Word/}).first();
 if(await exp.count()){ try{const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}),exp.click()]);const fn='./out/app-'+tag+'-'+d.suggestedFilename();await d.saveAs(fn);console.log('downloaded',fn);}catch(e){console.log('export:',e.message.split('\n')[0]);await p.waitForTimeout(1000);await p.screenshot({path:S+`app-${w}-${tag}-export.png`});}}
}
await b.close();})();
