const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:360,height:800},acceptDownloads:true});
await p.goto('http://127.0.0.1:8838/taskpane.html?preview=1&host=word');await p.waitForTimeout(2500);
await (await p.$('input[type=file]')).setInputFiles('./files/m_生态环境分局.xlsx');await p.waitForTimeout(5000);
const dl=p.waitForEvent('download',{timeout:10000}).catch(()=>null);
await p.getByRole('button',{name:'新建文档打开'}).click();await p.waitForTimeout(4000);
const t=await p.innerText('body');console.log(t.slice(0,600));
const btns=await p.getByRole('button').allInnerTexts();console.log(btns.slice(0,8).join(' | '));
let d=await dl; if(!d){const l=p.getByRole('button',{name:/下载/}); if(await l.count()){const [d2]=await Promise.all([p.waitForEvent('download'),l.first().click()]);d=d2;}}
if(d){await d.saveAs('./files/out/wordpane.docx');console.log('DL',d.suggestedFilename());}
await p.screenshot({path:'./shots/word2.png'});
await b.close();})();
