// Word pane preview: open file, generate, record text
const {chromium}=require('playwright-core');
const [file,tag,w,h]=[process.argv[2],process.argv[3],+process.argv[4]||360,+process.argv[5]||640];
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true,locale:'zh-CN'});
 const p=await ctx.newPage(); p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))}); p.on('pageerror',e=>console.log('PAGEERR',e.message));
 await p.goto('http://127.0.0.1:8843/taskpane.html?preview=1&host=word');await p.waitForTimeout(2000);
 await p.screenshot({path:`shots/${tag}-w0.png`});
 await p.setInputFiles('input[type=file] >> nth=0',file);await p.waitForTimeout(4000);
 await p.screenshot({path:`shots/${tag}-w1.png`,fullPage:true});
 console.log(await p.innerText('body'));
 console.log('BUTTONS:',await p.$$eval('button',els=>els.map(e=>e.innerText.slice(0,30)).filter(Boolean).join(' | ')));
 const nb=p.getByRole('button',{name:/新建文档打开/}); if(await nb.count()){ const [d]=await Promise.all([p.waitForEvent('download',{timeout:10000}).catch(()=>null),nb.click()]); await p.waitForTimeout(2500);
   const gb=p.getByRole('button',{name:/仍然生成/}); let d2=null; if(await gb.count()){[d2]=await Promise.all([p.waitForEvent('download',{timeout:10000}).catch(()=>null),gb.first().click()]);await p.waitForTimeout(2000);}
   const dd=d||d2; if(dd){await dd.saveAs('dl/'+tag+'-'+dd.suggestedFilename());console.log('DOCX',dd.suggestedFilename());}
   else{const dlb=p.getByRole('button',{name:/下载/}); console.log('no dl; ', (await p.innerText('body')).slice(-600));}
 }
 await p.screenshot({path:`shots/${tag}-w2.png`});
 await b.close();})();
