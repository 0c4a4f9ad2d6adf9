const {chromium}=require('playwright-core');
const file=process.argv[2], tag=process.argv[3];
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:1280,height:900},acceptDownloads:true});
const logs=[];p.on('console',m=>{if(m.type()!=='log')logs.push(m.type()+': '+m.text())});p.on('pageerror',e=>logs.push('PAGEERROR '+e.message));
await p.goto('http://127.0.0.1:8834/app.html');await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles(file);await p.waitForTimeout(2000);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);await p.getByRole('button',{name:'校验',exact:true}).click();await p.waitForTimeout(2500);
await p.screenshot({path:`./files/shots/${tag}-check.png`,fullPage:true});
console.log('=====CHECK\n'+(await p.innerText('body')).slice(0,600));
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);{const g=p.getByRole('button',{name:/生成总结预览|刷新/});if(await g.count())await g.first().click();}await p.waitForTimeout(4000);
await p.screenshot({path:`./files/shots/${tag}-summary.png`,fullPage:true});
console.log('=====SUMMARY\n'+(await p.innerText('body')).slice(0,5000));
const btns=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()+(b.disabled?'(disabled)':'')).filter(Boolean));console.log('BUTTONS',JSON.stringify(btns));
for(const name of [/导出\s*Word/,/仍然导出/]){const bt=p.getByRole('button',{name}); if(await bt.count()){ try{const [dl]=await Promise.all([p.waitForEvent('download',{timeout:8000}),bt.first().click()]); const path=`./files/out/web-${tag}.docx`;await dl.saveAs(path);console.log('DOWNLOADED',dl.suggestedFilename());break;}catch(e){console.log('no download after',name, e.message.slice(0,80)); await p.screenshot({path:`./files/shots/${tag}-export.png`,fullPage:true}); console.log((await p.innerText('body')).slice(-1500));}}}
console.log(logs.join('\n'));
await b.close();})();
