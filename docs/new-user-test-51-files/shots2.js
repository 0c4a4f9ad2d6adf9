const { chromium } = require('./node_modules/playwright-core');
const B='http://127.0.0.1:8851/', S='./shots/';
(async()=>{
const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const shot=async(p,n,full=true)=>{await p.waitForTimeout(2000);await p.screenshot({path:S+n+'.png',fullPage:full});console.log('shot',n)};
for(const [w,h] of [[360,640],[400,800]]){
 const c=await br.newContext({viewport:{width:w,height:h},acceptDownloads:true});const p=await c.newPage();
 p.on('console',m=>{if(m.type()==='error')console.log('console.error',m.text().slice(0,200))});
 await p.goto(B+'app.html');
 await p.locator('input[type=file]').first().setInputFiles('./files/a_power.xlsx');await p.waitForTimeout(2000);
 await p.getByRole('tab',{name:'校验'}).click();await shot(p,`app-${w}-check`,false);
 await p.getByRole('tab',{name:'总结'}).click();await shot(p,`app-${w}-summary`,false);
 if(w===400){ await shot(p,`app-${w}-summary-full`,true);
   const t=await p.locator('body').innerText(); console.log('APPSUM:',t.slice(0,2500));
   const btns=await p.getByRole('button').allInnerTexts(); console.log('BUTTONS',JSON.stringify(btns));
   const ex=p.getByRole('button',{name:/导出/}).first();
   if(await ex.count()){ const dlP=p.waitForEvent('download',{timeout:15000}).catch(()=>null); await ex.click(); await p.waitForTimeout(1500); await shot(p,'app-400-export-click',false);
     const btn2=p.getByRole('button',{name:/仍然导出/}).first(); if(await btn2.count()) await btn2.click();
     const dl=await dlP; if(dl){await dl.saveAs('./out/app_a_power.docx');console.log('downloaded',dl.suggestedFilename())} else console.log('no download'); }
 }
 await c.close();
}
// Excel pane 总结 tab with preview sample
const c=await br.newContext({viewport:{width:360,height:800}});const p=await c.newPage();
await p.goto(B+'taskpane.html?preview=1');await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click();await shot(p,'pane-check',false);
await p.getByRole('tab',{name:'总结'}).click();await shot(p,'pane-summary',false);
await br.close();})();
