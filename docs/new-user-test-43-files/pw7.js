const {chromium}=require('playwright-core');
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:400,height:800},acceptDownloads:true,locale:'zh-CN'});
 const p=await ctx.newPage(); p.on('pageerror',e=>console.log('PAGEERR',e.message));
 await p.goto('http://127.0.0.1:8843/app.html');await p.waitForTimeout(800);
 await p.setInputFiles('input[type=file] >> nth=0','b_桃花村_2025全年.xlsx');await p.waitForTimeout(2500);
 await p.getByRole('button',{name:'预览下一期'}).click();await p.waitForTimeout(3000);
 let t=await p.innerText('body'); console.log('--- next\n'+t.slice(t.indexOf('开始下一期'),t.indexOf('汇总各单位台账')).slice(0,2500));
 await p.screenshot({path:'shots/next-1.png'});
 console.log('BUTTONS:',await p.$$eval('button',els=>els.map(e=>e.innerText.slice(0,30)).filter(Boolean).join(' | ')));
 // rollup in web
 await p.fill('input[type=text]','城关街道办事处');
 const [fc]=await Promise.all([p.waitForEvent('filechooser'),p.getByRole('button',{name:'选择台账文件…'}).click()]);
 const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null),fc.setFiles(['f/向阳社区台账.xlsx','f/东风社区台账.xlsx','f/东风社区台账(最终版).xlsx','f/幸福社区台账-下半年.xlsx'])]);
 await p.waitForTimeout(4000);
 t=await p.innerText('body'); console.log('--- rollup\n'+t.slice(t.indexOf('汇总各单位台账')).slice(0,2500));
 if(d) console.log('DL',d.suggestedFilename());
 await p.screenshot({path:'shots/rollup-1.png',fullPage:true});
 await b.close();})();
