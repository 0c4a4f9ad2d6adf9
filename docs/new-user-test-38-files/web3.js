const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:1200,height:900},acceptDownloads:true});
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8838/app.html');await p.waitForTimeout(1000);
await (await p.$('input[type=file]')).setInputFiles('./files/'+process.argv[2]);await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);
await p.getByRole('button',{name:'校验',exact:true}).click();await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/check-'+process.argv[3]+'.png'});
let t=await p.innerText('main').catch(()=>p.innerText('body'));console.log(t.slice(0,2500));
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(500);
await p.waitForTimeout(1500);console.log('BTN0',(await p.getByRole('button').allInnerTexts()).join(' | '));const g=p.getByRole('button',{name:/生成总结|预览/});if(await g.count())await g.first().click();await p.waitForTimeout(5000);
await p.screenshot({path:'./shots/summary-'+process.argv[3]+'.png',fullPage:true});
t=await p.innerText('body');console.log('=====SUMMARY\n'+t.slice(t.indexOf('生成总结预览')));
const btns=await p.getByRole('button').allInnerTexts();console.log('BUTTONS',btns.join(' | '));
try{const [d]=await Promise.all([p.waitForEvent('download',{timeout:8000}),p.getByRole('button',{name:/导出 ?Word|仍然导出/}).first().click()]);
 let dd=d; if(!dd){} const path='./files/out/web-'+process.argv[3]+'.docx';await d.saveAs(path);console.log('DOWNLOADED',d.suggestedFilename());}catch(e){console.log('DL fail',e.message.slice(0,200));
 const t3=await p.innerText('body');console.log(t3.slice(-800));}
await b.close();})();
