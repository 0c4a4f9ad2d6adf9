const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900},locale:'zh-CN'});const p=await ctx.newPage();
 p.on('pageerror',e=>console.log('PAGEERROR',e.message));
 await p.goto('http://127.0.0.1:8836/app.html'); await p.waitForTimeout(800);
 await (await p.$('input[type=file]')).setInputFiles('./files/a-社区.xlsx'); await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(500);
 await p.getByRole('button',{name:'规范数据',exact:true}).click(); await p.waitForTimeout(2500);
 let t=await p.innerText('body'); let i=t.indexOf('把以文本形式'); console.log(t.slice(i,i+1800).replace(/\n+/g,' | '));
 await p.screenshot({path:'./shots/11-fix.png',fullPage:true});
 const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'[disabled]':'')).filter(Boolean).filter(s=>s.length<30)); console.log('BUTTONS',JSON.stringify(btns));
 await p.getByRole('tab',{name:'标准表'}).click(); await p.waitForTimeout(500);
 await p.getByRole('button',{name:'预览下一期'}).click(); await p.waitForTimeout(2500);
 t=await p.innerText('body'); i=t.indexOf('开始下一期'); console.log('NEXT>>',t.slice(i,i+1500).replace(/\n+/g,' | '));
 await p.screenshot({path:'./shots/12-next.png',fullPage:true});
 await b.close();})();
