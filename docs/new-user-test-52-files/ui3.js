const {chromium}=require('./node_modules/playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const S='./shots/';
async function pg(url,w,h){const p=await b.newPage({viewport:{width:w,height:h},acceptDownloads:true});p.on('pageerror',e=>console.log('PAGEERROR',e.message));await p.goto(url);await p.waitForTimeout(2500);return p;}
let p=await pg('http://127.0.0.1:8852/taskpane.html?preview=1&host=word',360,800);
await (await p.$('input[type=file]')).setInputFiles('./out/b-final.xlsx'); await p.waitForTimeout(5000);
await p.screenshot({path:S+'pane-word-b.png'}); await p.screenshot({path:S+'pane-word-b-full.png',fullPage:true});
console.log((await p.$$eval('button',es=>es.map(e=>e.innerText.trim()).filter(Boolean))).join(' | '));
const nb=p.getByRole('button',{name:'新建文档打开'}); if(await nb.count()){ try{const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}),nb.click()]);await d.saveAs('./out/word-pane-'+d.suggestedFilename());console.log('dl',d.suggestedFilename());}catch(e){console.log(e.message.split('\n')[0]);} await p.waitForTimeout(1500); await p.screenshot({path:S+'pane-word-b-after.png'});}
p=await pg('http://127.0.0.1:8852/taskpane.html?preview=1',360,800);
await p.getByRole('button',{name:'在示例工作簿中加入几处常见错误'}).click().catch(e=>console.log(e.message.split('\n')[0]));await p.waitForTimeout(1500);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(300);
await p.getByRole('button',{name:'校验',exact:true}).last().click().catch(()=>{});await p.waitForTimeout(2500);
await p.screenshot({path:S+'pane-excel-check.png'});
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(3000);
await p.screenshot({path:S+'pane-excel-summary.png'});
await b.close();})();
