const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
 const p=await ctx.newPage(); const errs=[]; p.on('console',m=>{if(m.type()==='error')errs.push(m.text())}); p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
 await p.goto('http://127.0.0.1:8832/app.html'); await p.waitForTimeout(1500);
 await p.setInputFiles('input[type=file] >> nth=0','./files/i-手工台账.xlsx'); await p.waitForTimeout(2500);
 await p.getByRole('button',{name:'预览下一期'}).click(); await p.waitForTimeout(2000);
 let t=await p.innerText('body'); let i=t.indexOf('开始下一期'); console.log('NEXT:',t.slice(i,i+600));
 await p.getByRole('button',{name:'导入已有台账…'}).click(); await p.waitForTimeout(1500);
 for(const n of ['活动记录','宣传阵地','志愿者花名册','问题清单','荣誉']) await p.getByText(n,{exact:true}).first().click();
 await p.getByRole('button',{name:'识别表格'}).click(); await p.waitForTimeout(3000);
 await p.screenshot({path:'./shots/app-import2.png',fullPage:true});
 t=await p.innerText('body'); i=t.indexOf('导入已有台账'); console.log('----'); console.log(t.slice(i,i+2500));
 console.log('buttons:',await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'[disabled]':'')).filter(Boolean)));
 console.log('ERRS',errs); await b.close();})();
