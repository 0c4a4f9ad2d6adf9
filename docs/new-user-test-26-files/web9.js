const { chromium } = require('../../node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const errs=[]; p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8826/app.html'); await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./a-社区.xlsx'); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(500);
await p.locator('button:has-text("规范数据")').first().click(); await p.waitForTimeout(3000);
await p.screenshot({path:'shots/fix1.png',fullPage:true});
let t=await p.innerText('body'); let i=t.indexOf('规范数据'); console.log(t.slice(i,i+1800));
console.log('buttons:', (await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean))).filter(x=>x.length<30).join(' | '));
const ap=p.locator('button:has-text("修改所选")').first();
if(await ap.count()){await ap.click(); await p.waitForTimeout(2500); t=await p.innerText('body'); console.log('AFTER APPLY:', t.slice(t.indexOf('修改所选')-200, t.indexOf('修改所选')+300));}
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null), p.locator('button:has-text("下载处理后的台账")').click()]);
if(dl){await dl.saveAs('./out/web-fixed.xlsx'); console.log('DL',dl.suggestedFilename());}
// next period
await p.getByRole('tab',{name:'标准表'}).click(); await p.waitForTimeout(500);
await p.locator('button:has-text("预览下一期")').click(); await p.waitForTimeout(3000);
t=await p.innerText('body'); i=t.indexOf('开始下一期'); console.log('NEXT:', t.slice(i,i+1500));
await p.screenshot({path:'shots/next1.png',fullPage:true});
console.log('ERRS',errs); await b.close();})();
