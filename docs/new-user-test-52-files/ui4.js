const {chromium}=require('./node_modules/playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const S='./shots/';const p=await b.newPage({viewport:{width:360,height:800}});p.on('pageerror',e=>console.log('PAGEERROR',e.message));
await p.goto('http://127.0.0.1:8852/taskpane.html?preview=1');await p.waitForTimeout(2500);
await (await p.$('input[type=file]')).setInputFiles('./out/a-final.xlsx');await p.waitForTimeout(4000);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(1000);await p.getByRole('button',{name:'生成总结预览'}).click();await p.waitForTimeout(4000);
await p.screenshot({path:S+'pane-excel-a-summary.png',fullPage:true});
const t=await p.evaluate(()=>document.body.innerText);require('fs').writeFileSync('./out/pane-a-summary.txt',t);
const s=p.getByText('发现其他问题5处').first(); if(await s.count()){await s.click();await p.waitForTimeout(800);await p.screenshot({path:S+'pane-excel-a-sentence.png'});}
await b.close();})();
