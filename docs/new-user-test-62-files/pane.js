const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:360,height:800},acceptDownloads:true});
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,150))});
await p.route(/^(?!http:\/\/127\.0\.0\.1)/,r=>r.abort());
// Word pane with health centre
await p.goto('http://127.0.0.1:8620/taskpane.html?preview=1&host=word');await p.waitForTimeout(2500);
await p.setInputFiles('input[type=file] >> nth=0','./out/卫生服务中心2025Q3台账.xlsx');await p.waitForTimeout(4000);
await p.screenshot({path:'./shots/word-360.png',fullPage:true});
require('fs').writeFileSync('./out/word-pane.txt',await p.locator('body').innerText());
try{const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}),p.getByRole('button',{name:'新建文档打开'}).click()]);await d.saveAs('./out/word-pane.docx');console.log('docx',d.suggestedFilename());}catch(e){console.log('nodl',e.message.slice(0,200))}
// Excel pane: 汇总 执法队? use 与上期对比 not applicable; open 总结 tab
await p.goto('http://127.0.0.1:8620/taskpane.html?preview=1');await p.waitForTimeout(3000);
console.log((await p.locator('button,[role=tab]').allInnerTexts()).filter(s=>s.length<25).join(' | '));
await p.screenshot({path:'./shots/excel-360.png'});
await b.close();})();
