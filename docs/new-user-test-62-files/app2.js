const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const w=+process.argv[2]||360;
const p=await b.newPage({viewport:{width:w,height:800},acceptDownloads:true});
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8620/app.html');await p.waitForTimeout(1500);
await p.setInputFiles('input[type=file] >> nth=0','./out/实验小学2025上半年台账.xlsx');
await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(3000);
await p.screenshot({path:`./shots/app-${w}-summary.png`,fullPage:false});
const txt=await p.locator('main, body').first().innerText();require('fs').writeFileSync(`./out/app-${w}-summary.txt`,txt);
console.log((await p.locator('button').allInnerTexts()).filter(s=>s.length<30).join(' | '));
try{const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}),p.getByRole('button',{name:/导出|下载.*Word|Word/}).first().click()]);await d.saveAs(`./out/app-${w}.docx`);console.log('docx',d.suggestedFilename());}catch(e){console.log('nodl',e.message.slice(0,200))}
await p.screenshot({path:`./shots/app-${w}-after.png`,fullPage:false});
await b.close();})();
