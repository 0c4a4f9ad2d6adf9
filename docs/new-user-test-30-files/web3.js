const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const logs=[]; p.on('console',m=>{if(m.type()!=='log')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8830/app.html'); await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('./files/c-小学.xlsx'); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(4000);
p.on('download',d=>console.log('DL event',d.suggestedFilename())); await p.getByRole('button',{name:'生成总结预览'}).click(); await p.waitForTimeout(4000); const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}),p.getByRole('button',{name:'导出 Word'}).click()]);
console.log('download',dl.suggestedFilename()); await dl.saveAs('./files/out/web-'+dl.suggestedFilename());
// rollup
await p.getByRole('tab',{name:'标准表'}).click(); await p.waitForTimeout(800);
await p.getByLabel(/汇总单位名称/).fill('东溪镇人民政府');
const inputs=await p.$$('input[type=file]'); console.log('inputs',inputs.length);
const fs=require('fs'); const g=fs.readdirSync('./files/g').map(f=>'./files/g/'+f);
const [dl2]=await Promise.all([p.waitForEvent('download',{timeout:20000}).catch(e=>null),(async()=>{for(const h of inputs){if(await h.evaluate(e=>e.multiple)){await h.setInputFiles(g);return}} console.log('no multiple input')})()]);
await p.waitForTimeout(3000);
if(dl2){console.log('rollup download',dl2.suggestedFilename()); await dl2.saveAs('./files/out/web-'+dl2.suggestedFilename());}
await p.screenshot({path:'./shots/web-rollup.png',fullPage:true});
const t=await p.innerText('body'); console.log(t.slice(t.indexOf('汇总各单位台账')));
console.log(logs.join('\n'));
await b.close();})();
