const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:1280,height:900},acceptDownloads:true});
const logs=[];p.on('console',m=>{if(m.type()!=='log')logs.push(m.type()+': '+m.text())});p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8834/app.html');await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/in/i-手工台账.xlsx');await p.waitForTimeout(2500);
console.log('=== after open\n'+(await p.innerText('body')).slice(0,1500));
await p.getByRole('button',{name:'导入已有台账…'}).click();await p.waitForTimeout(2500);
await p.screenshot({path:'./files/shots/i-import.png',fullPage:true});
for(const n of ['活动记录','问题整改清单','宣传氛围','志愿者花名册','荣誉']){const c=p.getByRole('checkbox',{name:n});if(await c.count()&&!(await c.isChecked()))await c.check();}
await p.getByRole('button',{name:'识别表格'}).click();await p.waitForTimeout(3000);
await p.screenshot({path:'./files/shots/i-import2.png',fullPage:true});
const t=await p.innerText('body');const i=t.indexOf('导入已有台账\n');console.log('=== import\n'+t.slice(i,i+7000));
{const [dl]=await Promise.all([p.waitForEvent('download',{timeout:10000}),p.getByRole('button',{name:'导入并下载标准台账'}).click()]);await dl.saveAs('./files/out/web-import.xlsx');console.log('DL',dl.suggestedFilename());await p.waitForTimeout(1500);
const t2=await p.innerText('body');const j=t2.indexOf('导入已有台账\n');console.log('=== after\n'+t2.slice(j,j+2500));await p.screenshot({path:'./files/shots/i-import3.png',fullPage:true});}
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'(disabled)':'')).filter(Boolean));console.log('BUTTONS',JSON.stringify(btns));
console.log(logs.join('\n'));
await b.close();})();
