const {chromium}=require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:360,height:640},locale:'zh-CN',acceptDownloads:true});
 const p=await ctx.newPage(); p.on('pageerror',e=>console.log('PAGEERR',e.message));
 await p.goto('http://127.0.0.1:8843/app.html');await p.waitForTimeout(800);
 for(const f of ['bad/csv.xlsx','bad/zero.xlsx','bad/empty.xlsx','bad/huge.xlsx']){
  await p.setInputFiles('input[type=file] >> nth=0',f);await p.waitForTimeout(2000);
  const t=await p.innerText('body'); const i=t.indexOf('下载'); console.log('== '+f+'\n'+t.slice(t.indexOf('打开本地台账文件'),t.indexOf('标准表\n')).slice(0,400));
  await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(300);
  const g=p.getByRole('button',{name:'生成总结预览'}); if(await g.count()){await g.click();await p.waitForTimeout(2500);}
  const t2=await p.innerText('body'); console.log('-- sum: '+t2.slice(t2.indexOf('根据台账数据生成'),t2.indexOf('根据台账数据生成')+500));
  await p.screenshot({path:'shots/bad-'+f.replace('bad/','')+'.png'});
  await p.getByRole('tab',{name:'标准表'}).click();
 }
 await b.close();})();
