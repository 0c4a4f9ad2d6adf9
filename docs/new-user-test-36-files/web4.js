const { chromium } = require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1200,height:900},locale:'zh-CN'}); const p=await ctx.newPage();
 await p.goto('http://127.0.0.1:8836/app.html'); await p.waitForTimeout(1000);
 await (await p.$('input[type=file]')).setInputFiles('./files/a-社区.xlsx');
 await p.waitForTimeout(2500);
 await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(800); {const g=p.getByRole('button',{name:'生成总结预览'}); if(await g.count()) await g.click(); await p.waitForTimeout(4000);}
 const el=p.getByText('东风路社区居委会2025年上半年创建文明城市工作总结').first();
 console.log('title count', await p.getByText('东风路社区居委会2025年上半年创建文明城市工作总结').count(), 'visible', await el.isVisible().catch(e=>e.message));
 const box=await el.boundingBox(); console.log(box);
 const h=await el.evaluate(e=>{const s=getComputedStyle(e);return [e.tagName,e.className,s.display,s.position,s.clip,s.width,s.height,s.fontSize].join(' | ')});console.log(h);
 await el.scrollIntoViewIfNeeded().catch(()=>{});
 const prev=p.getByText('东风路社区居委会辖区有居民').first(); const pb=await prev.boundingBox(); console.log('para',pb);
 await p.screenshot({path:'./shots/6-title.png',clip:{x:100,y:Math.max(0,pb.y-150),width:1000,height:260}});
 // click a sentence to see sources
 await p.getByText('投入宣传经费1.16万元，设置公益广告12块').first().click(); await p.waitForTimeout(800);
 const t=await p.innerText('body'); const i=t.indexOf('数据来源'); console.log(t.slice(i,i+500));
 await b.close();
})();
