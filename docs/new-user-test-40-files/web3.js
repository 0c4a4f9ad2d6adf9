const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:360,height:800},acceptDownloads:true});
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
await p.goto('http://127.0.0.1:8840/taskpane.html?preview=1&host=word');await p.waitForTimeout(2500);
await (await p.$('input[type=file]')).setInputFiles('g2-政务服务中心-2025Q1.xlsx'); await p.waitForTimeout(5000);
await p.screenshot({path:'word-pane.png',fullPage:true});
const t=await p.innerText('body'); console.log(t.slice(0,2500));
await b.close();})();
