const { chromium } = require('./node_modules/playwright-core');
(async()=>{const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await (await br.newContext({viewport:{width:360,height:800}})).newPage();
p.on('console',m=>{if(m.type()==='error')console.log('console.error',m.text().slice(0,200))});
await p.goto('http://127.0.0.1:8851/taskpane.html?preview=1');await p.waitForTimeout(2000);
await p.locator('input[type=file]').first().setInputFiles('./files/c_union.xlsx');await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);
const v=p.getByRole('button',{name:/^校验$/}).first(); if(await v.count()) await v.click(); await p.waitForTimeout(2500);
const fx=p.getByRole('button',{name:/规范数据/}).first(); console.log('fix btn',await fx.count()); if(await fx.count()){await fx.click();await p.waitForTimeout(2500);}
await p.screenshot({path:'./shots/pane-c_union-fix.png',fullPage:false});
console.log('FIX:',(await p.locator('body').innerText()).slice(0,1500));
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);
const g=p.getByRole('button',{name:/生成总结预览/}).first(); if(await g.count()) {await g.click(); await p.waitForTimeout(3000);}
const s=p.getByRole('button',{name:/送清凉/}).first(); if(await s.count()){await s.click();await p.waitForTimeout(800);}
await p.screenshot({path:'./shots/pane-c_union-summary.png',fullPage:true});
const t=await p.locator('body').innerText(); const i=t.indexOf('数据来源'); console.log('SRC:',t.slice(i,i+600));
await br.close()})();
