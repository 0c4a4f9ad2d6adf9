const {chromium}=require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:360,height:640},acceptDownloads:true,locale:'zh-CN'});
 const p=await ctx.newPage(); p.on('pageerror',e=>console.log('PAGEERR',e.message));
 await p.goto('http://127.0.0.1:8843/app.html');await p.waitForTimeout(800);
 await p.setInputFiles('input[type=file] >> nth=0','i_柳岸社区自制表.xlsx');await p.waitForTimeout(2500);
 let t=await p.innerText('body'); console.log('--- open\n'+t.slice(0,900));
 await p.getByRole('button',{name:/导入已有台账/}).click();await p.waitForTimeout(2500);
 await p.screenshot({path:'shots/imp-1.png'});
 t=await p.innerText('body'); console.log('--- import\n'+t.slice(t.indexOf('导入已有台账')).slice(0,3000));
 console.log('BUTTONS:',await p.$$eval('button',els=>els.map(e=>e.innerText.slice(0,30)).filter(Boolean).join(' | ')));

 for(const n of ['上半年活动','问题清单','志愿者花名册','宣传']){const c=p.getByRole('checkbox',{name:n}); if(await c.count()) await c.check().catch(e=>console.log('chk',n,e.message.slice(0,80)));}
 await p.getByRole('button',{name:'识别表格'}).click();await p.waitForTimeout(3000);
 await p.screenshot({path:'shots/imp-2.png',fullPage:true});
 t=await p.innerText('body'); console.log('--- recog\n'+t.slice(t.indexOf('导入已有台账'),t.indexOf('汇总各单位台账')).slice(0,3500));
 console.log('BUTTONS2:',await p.$$eval('button',els=>els.map(e=>e.innerText.slice(0,30)).filter(Boolean).join(' | ')));
 const go=p.getByRole('button',{name:/确认导入|导入并下载|生成标准台账|导入/}).last();
 const [d]=await Promise.all([p.waitForEvent('download',{timeout:10000}).catch(()=>null),go.click()]); await p.waitForTimeout(2000);
 if(d){await d.saveAs('dl/imp-'+d.suggestedFilename());console.log('DL',d.suggestedFilename());}
 t=await p.innerText('body'); console.log('--- after\n'+t.slice(t.indexOf('导入已有台账'),t.indexOf('汇总各单位台账')).slice(-1500));
 await p.screenshot({path:'shots/imp-3.png'});
 await b.close();})();
