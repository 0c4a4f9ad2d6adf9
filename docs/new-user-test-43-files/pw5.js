const {chromium}=require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:360,height:640},acceptDownloads:true,locale:'zh-CN'});
 const p=await ctx.newPage(); p.on('pageerror',e=>console.log('PAGEERR',e.message));
 await p.goto('http://127.0.0.1:8843/app.html');await p.waitForTimeout(800);
 await p.setInputFiles('input[type=file] >> nth=0','a_fixed2.xlsx');await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);
 await p.getByRole('button',{name:'生成总结预览'}).click();await p.waitForTimeout(4000);
 const [fc]=await Promise.all([p.waitForEvent('filechooser'),p.getByRole('button',{name:/选择上期台账/}).click()]);
 await fc.setFiles('a_prev2024.xlsx'); await p.waitForTimeout(3000);
 const sw=p.getByRole('switch',{name:/附主要指标统计表/}); if(await sw.count()) await sw.click(); else await p.getByText('附主要指标统计表').click();
 await p.waitForTimeout(2000);
 await p.screenshot({path:'shots/cmp-1.png'});
 const t=await p.innerText('body'); console.log(t.slice(t.indexOf('与上期对比')));
 const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null),p.getByRole('button',{name:/导出 Word/}).click()]);
 if(d){await d.saveAs('dl/cmp-'+d.suggestedFilename());console.log('DOCX',d.suggestedFilename());}
 await p.screenshot({path:'shots/cmp-2.png',fullPage:true});
 await b.close();})();
