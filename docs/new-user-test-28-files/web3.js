const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});const p=await ctx.newPage();
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8828/app.html');await p.waitForTimeout(1000);
const f=process.argv[2];const tag=f.replace(/\W/g,'');
await (await p.$$('input[type=file]'))[0].setInputFiles(f);await p.waitForTimeout(2000);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);
await p.getByRole('button',{name:'校验',exact:true}).click();await p.waitForTimeout(2500);
await p.screenshot({path:'shots/check_'+tag+'.png',fullPage:true});
console.log((await p.innerText('body')).slice(300,2500));
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);
await p.waitForTimeout(2000);{const g=p.getByRole('button',{name:'生成总结预览'});if(await g.count())await g.click();}await p.waitForTimeout(4000);
await p.screenshot({path:'shots/sum_'+tag+'.png',fullPage:true});
console.log('=====SUMMARY TAB');console.log((await p.innerText('body')).slice(0,6000));
const btns=await p.getByRole('button').allInnerTexts();console.log('BUTTONS',JSON.stringify(btns));
for(const name of ['仍然导出','导出 Word','导出Word']){const bt=p.getByRole('button',{name});if(await bt.count()){try{const [d]=await Promise.all([p.waitForEvent('download',{timeout:8000}),bt.first().click()]);await d.saveAs('out/web_'+tag+'.docx');console.log('DOWNLOADED',d.suggestedFilename());}catch(e){console.log('click',name,e.message.slice(0,100));const bt2=p.getByRole('button',{name:'仍然导出'});if(await bt2.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:8000}),bt2.first().click()]);await d.saveAs('out/web_'+tag+'.docx');console.log('DOWNLOADED2',d.suggestedFilename());}}break;}}
await b.close();})();
