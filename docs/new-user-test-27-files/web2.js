const { chromium } = require('playwright-core');
const file=process.argv[2], tag=process.argv[3];
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});
const p=await ctx.newPage(); const logs=[];
p.on('console',m=>{if(m.type()!=='log')logs.push(m.type()+': '+m.text())}); p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8827/app.html'); await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles(file); await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click(); await p.waitForTimeout(800); await p.getByRole('button',{name:'校验',exact:true}).click(); await p.waitForTimeout(2500);
await p.screenshot({path:`./shots/${tag}_check.png`,fullPage:true});
console.log('-----CHECK\n'+(await p.innerText('body')).slice(400,3500));
await p.getByRole('tab',{name:'总结'}).click(); await p.waitForTimeout(800); if(await p.getByRole('button',{name:'生成总结预览'}).count()) await p.getByRole('button',{name:'生成总结预览'}).click(); await p.waitForTimeout(4000);
await p.screenshot({path:`./shots/${tag}_sum.png`,fullPage:true});
console.log('-----SUM\n'+(await p.innerText('body')).slice(300,6000));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean)); console.log('BUTTONS',JSON.stringify(btns));
try{ const [dl]=await Promise.all([p.waitForEvent('download',{timeout:8000}), p.getByRole('button',{name:/导出 ?Word|下载.*Word|导出/}).first().click()]);
 await dl.saveAs(`./files/out/web_${tag}.docx`); console.log('DOWNLOADED', dl.suggestedFilename());
}catch(e){console.log('DL fail',e.message.slice(0,200)); await p.waitForTimeout(1000); await p.screenshot({path:`./shots/${tag}_dl.png`,fullPage:true}); console.log((await p.innerText('body')).slice(-1500));}
console.log(logs.join('\n'));
await b.close();})();
