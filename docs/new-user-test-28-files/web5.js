const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});const p=await ctx.newPage();
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8828/app.html');await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('i_handmade.xlsx');await p.waitForTimeout(2000);
await p.getByRole('button',{name:'预览下一期'}).click();await p.waitForTimeout(2000);
const body0=await p.innerText('body');const i0=body0.indexOf('开始下一期');console.log('NEXT PREVIEW on non-standard:',body0.slice(i0,i0+500));
await p.getByRole('button',{name:'导入已有台账…'}).click();await p.waitForTimeout(1500);
const cbs=p.getByRole('checkbox');const n=await cbs.count();for(let i=0;i<n;i++){if(!(await cbs.nth(i).isChecked()))await cbs.nth(i).check();}
await p.getByRole('button',{name:'识别表格'}).click();await p.waitForTimeout(3000);
await p.screenshot({path:'shots/import2.png',fullPage:true});
const body=await p.innerText('body');const i=body.indexOf('导入已有台账\n');console.log(body.slice(i,i+4000));
console.log('BUTTONS',JSON.stringify(await p.getByRole('button').allInnerTexts()));
const inputs=await p.$$eval('input',els=>els.map(e=>[e.type,e.getAttribute('aria-label')||e.placeholder||e.name,e.value]));console.log(JSON.stringify(inputs));
await b.close();})();
