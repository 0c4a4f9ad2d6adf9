const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});const p=await ctx.newPage();
const errs=[];p.on('pageerror',e=>errs.push('PAGEERR '+e.message));p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
await p.goto('http://127.0.0.1:8831/app.html');await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/i-火车站手工.xlsx');await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);
await p.getByRole('tabpanel').getByRole('button',{name:'校验',exact:true}).click();await p.waitForTimeout(2500);
console.log('---校验\n'+(await p.getByRole('tabpanel').innerText()).slice(0,800));
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(2500);
console.log('---总结\n'+(await p.getByRole('tabpanel').innerText()).slice(0,800));
await p.getByRole('tab',{name:'标准表'}).click();await p.waitForTimeout(500);
await p.locator('button:has-text("导入已有台账")').first().click();await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/import.png',fullPage:true});
for(const n of ['活动记录','宣传品','志愿者花名册','问题清单']){await p.getByLabel(n).check().catch(e=>console.log('nocheck',n));}
await p.locator('button:has-text("识别表格")').click();await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/import2.png',fullPage:true});
const inp=p.locator('input[type=text], input:not([type])');console.log('text inputs',await inp.count());
const labels=await p.$$eval('label',ls=>ls.map(l=>l.innerText));console.log('LABELS',JSON.stringify(labels).slice(0,600));
await p.getByLabel(/单位名称（表中/).first().fill('某火车站').catch(e=>console.log('noname',e.message.slice(0,100)));
const sel=p.getByLabel(/单位类型/).first();console.log('seltag',await sel.evaluate(e=>e.tagName+' '+e.getAttribute('role')).catch(e=>'x'));
await sel.click();await p.waitForTimeout(500);console.log('OPTS',JSON.stringify(await p.$$eval('[role=option]',o=>o.map(x=>x.innerText))));await p.locator('[role=option]:has-text("企事业单位")').first().click().catch(e=>console.log('noopt'));
await p.waitForTimeout(500);
const btns0=await p.$$eval('button',bs=>bs.map(b=>b.innerText+(b.disabled?'(disabled)':'')));console.log('BUTTONS0',JSON.stringify(btns0.slice(-8)));
const ok=p.locator('button:has-text("导入并下载标准台账")');
const dl=p.waitForEvent('download',{timeout:15000}).catch(()=>null);await ok.click();await p.waitForTimeout(3000);
const d=await dl;if(d){await d.saveAs('./files/web-import-'+d.suggestedFilename());console.log('DL',d.suggestedFilename());}
const t2=await p.innerText('body');console.log(t2.slice(t2.indexOf('导入已有台账\n'),t2.indexOf('汇总各单位台账')).slice(-1500));
console.log('ERRS',errs);await b.close();})();
