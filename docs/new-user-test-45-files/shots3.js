const {chromium}=require('./repo/node_modules/playwright-core');const fs=require('fs');
const S='./shots/';const B='http://127.0.0.1:8845/';
const [file,tag,W,H]=[process.argv[2],process.argv[3],+process.argv[4]||360,+process.argv[5]||640];
(async()=>{const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
const ctx=await br.newContext({viewport:{width:W,height:H},acceptDownloads:true});const p=await ctx.newPage();p.on('pageerror',e=>errs.push('PAGEERR '+e.message));p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});
const dump=async n=>{await p.screenshot({path:`${S}${tag}-${n}.png`});fs.writeFileSync(`${S}${tag}-${n}.txt`,await p.evaluate(()=>document.body.innerText));};
await p.goto(B+'app.html'); await p.waitForTimeout(1000);
await p.setInputFiles('input[type=file]',file); await p.waitForTimeout(2000);
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(500);
await p.getByRole('tabpanel').getByRole('button',{name:'校验',exact:true}).click(); await p.waitForTimeout(2000); await dump('check');
await p.getByRole('tabpanel').getByRole('button',{name:'规范数据',exact:true}).click(); await p.waitForTimeout(2000); await dump('fixplan');
const m=p.getByRole('button',{name:/修改所选/}); if(await m.count()){await m.click(); await p.waitForTimeout(2000); await dump('fixed');}
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(3000); await dump('summarytab');
const g=p.getByRole('button',{name:/生成总结|预览/}); if(await g.count()){await g.first().click(); await p.waitForTimeout(4000);} await dump('summary');
await p.screenshot({path:`${S}${tag}-summary-full.png`,fullPage:true});
console.log('buttons',JSON.stringify(await p.getByRole('tabpanel').locator('button').allInnerTexts()));
const dl=p.getByRole('button',{name:/导出|下载.*Word|Word/}).first(); if(await dl.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(e=>null),dl.click()]); await p.waitForTimeout(1500); if(d){await d.saveAs('./out/web-'+tag+'.docx');console.log('saved docx',d.suggestedFilename())} else {await dump('export-click')}}
console.log('errors',errs);await br.close();})();
