const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:1200,height:900},acceptDownloads:true});const p=await ctx.newPage();
const errs=[];p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8839/app.html');await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles(process.argv[2]);await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(800);
await p.getByRole('button',{name:'生成总结预览'}).click();await p.waitForTimeout(4000);
await p.screenshot({path:'shots/sum-'+process.argv[3]+'.png',fullPage:true});
let t=await p.innerText('body');console.log(t.slice(t.indexOf('根据台账数据')));
let btns=await p.$$eval('button',bs=>bs.map(b=>b.textContent+(b.disabled?'[disabled]':'')));console.log('BUTTONS',btns.join(' | '));
// try export
const exp=p.getByRole('button',{name:/导出|下载.*Word|Word/});
if(await exp.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:8000}).catch(e=>null),exp.first().click()]);await p.waitForTimeout(1500);
 if(d){await d.saveAs('out/web-'+process.argv[3]+'.docx');console.log('DOWNLOADED',d.suggestedFilename());}
 else {t=await p.innerText('body');console.log('AFTER EXPORT CLICK',t.slice(-1500)); btns=await p.$$eval('button',bs=>bs.map(b=>b.textContent));console.log(btns.join('|'));
   const f=p.getByRole('button',{name:/仍然/});if(await f.count()){const [d2]=await Promise.all([p.waitForEvent('download',{timeout:8000}).catch(()=>null),f.first().click()]);if(d2){await d2.saveAs('out/web-'+process.argv[3]+'.docx');console.log('DOWNLOADED2',d2.suggestedFilename());}}}}
console.log('ERRS',errs);
await b.close();})();
