const {chromium}=require('playwright-core');
const [file,tag,w,h]=[process.argv[2],process.argv[3],+process.argv[4]||400,+process.argv[5]||800];
const body=async p=>(await p.innerText('body')).replace(/^[\s\S]*?原文件不会改动；修复、规范数据后的台账和总结都另存为下载的新文件）\n标准表\n校验\n总结\n/,'');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});
 const p=await ctx.newPage(); p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())}); p.on('pageerror',e=>console.log('PAGEERR',e.message));
 await p.goto('http://127.0.0.1:8843/app.html');await p.waitForTimeout(800);
 await p.setInputFiles('input[type=file] >> nth=0',file);await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);
 await p.getByRole('button',{name:'校验',exact:true}).click();await p.waitForTimeout(2500);
 await p.screenshot({path:`shots/${tag}-2check.png`});
 console.log('--- check\n'+(await body(p)).slice(0,1800));
 await p.getByRole('button',{name:'规范数据',exact:true}).click();await p.waitForTimeout(2500);
 await p.screenshot({path:`shots/${tag}-3fix.png`});
 const t=await body(p); console.log('--- fix\n'+t.slice(0,600)+'\n...\n'+t.slice(-1500));
 console.log('BUTTONS:',await p.$$eval('button',els=>els.map(e=>e.innerText).filter(Boolean).join(' | ')));

 const fixBtn=p.getByRole('button',{name:/修改所选/}); if(await fixBtn.count()){await fixBtn.click();await p.waitForTimeout(2500);}
 console.log('--- after apply\n'+(await body(p)).slice(0,800));
 const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(e=>null),p.getByTestId('local-file-download').click()]);
 if(dl){await dl.saveAs('dl/'+tag+'-'+dl.suggestedFilename());console.log('DOWNLOADED',dl.suggestedFilename());}
 await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(1500);
 await p.screenshot({path:`shots/${tag}-4sumtab.png`});
 console.log('SUMTAB BUTTONS:',await p.$$eval('button',els=>els.map(e=>e.innerText).filter(Boolean).slice(0,30).join(' | ')));
 const g=p.getByRole('button',{name:/生成总结预览/}); if(await g.count()){await g.click();} await p.waitForTimeout(4000);
 const ex=p.getByRole('button',{name:/导出 ?Word|仍然导出/}); 
 for(let i=0;i<2;i++){ if(await ex.count()){const [d2]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(e=>null),ex.first().click()]); if(d2){await d2.saveAs('dl/'+tag+'-'+d2.suggestedFilename());console.log('DOCX',d2.suggestedFilename());break;} await p.waitForTimeout(1000);} }

 await p.screenshot({path:`shots/${tag}-4sum.png`});
 console.log('--- sum\n'+(await body(p)));
 console.log('BUTTONS:',await p.$$eval('button',els=>els.map(e=>e.innerText).filter(Boolean).join(' | ')));
 await b.close();})();
