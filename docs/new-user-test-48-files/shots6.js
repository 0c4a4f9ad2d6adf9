const {chromium}=require('./node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:360,height:800},acceptDownloads:true});
await p.goto('http://127.0.0.1:8848/taskpane.html?preview=1&host=word');await p.waitForTimeout(2000);
await p.locator('input[type=file]').first().setInputFiles('./out/县文明办汇总.xlsx');await p.waitForTimeout(4000);
await p.screenshot({path:'./shots/word-rollup.png',fullPage:true});
const t=await p.locator('body').innerText();const i=t.indexOf('县文明办2025年上半年');console.log(t.slice(0,600));console.log('...');console.log(t.slice(i,i+500));
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(()=>null),p.getByRole('button',{name:'新建文档打开'}).click()]);
await p.waitForTimeout(2000);console.log((await p.locator('body').innerText()).match(/已生成[^\n]*/g));
if(dl){await dl.saveAs('./out/word-pane-rollup.docx');console.log('saved',dl.suggestedFilename());}
await b.close();})();
