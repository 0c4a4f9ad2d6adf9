const { chromium } = require('playwright-core');
const [file,w,tag]=process.argv.slice(2);
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:Number(w),height:850},acceptDownloads:true});
const p=await ctx.newPage(); p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8630/app.html');await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles(file);await p.waitForTimeout(2500);
await p.getByRole('tab',{name:/总结/}).click();await p.waitForTimeout(3000);
await p.screenshot({path:`./shots/web-sum-${tag}.png`,fullPage:true});
const txt=await p.evaluate(()=>document.body.innerText);require('fs').writeFileSync(`./out/web-sum-${tag}.txt`,txt);
const btns=await p.$$eval('button,input[type=checkbox]',e=>e.map(x=>(x.textContent||x.getAttribute('aria-label')||'').trim()).filter(Boolean));console.log(btns.filter(t=>t.length<30).join(' | '));
const ex=p.getByRole('button',{name:/导出|下载.*Word|docx/});
if(await ex.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}),ex.first().click()]);console.log('DL',d.suggestedFilename());await d.saveAs(`./out/web-${tag}.docx`);}
await b.close();})();
