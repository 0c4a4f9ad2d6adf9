const {chromium}=require('./node_modules/playwright-core');
const B='http://127.0.0.1:8850/';const S='./shots/';const O='./out/';
(async()=>{
const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await br.newContext({viewport:{width:360,height:800},acceptDownloads:true});const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERR',e.message));
p.on('download',async d=>{const n=d.suggestedFilename();await d.saveAs(O+'word-'+n);console.log('DOWNLOAD',n);});
await p.goto(B+'taskpane.html?preview=1&host=word');await p.waitForTimeout(2500);
await p.locator('input[type=file]').first().setInputFiles('./files/b.xlsx');await p.waitForTimeout(4000);
console.log('BTNS',(await p.getByRole('button').allInnerTexts()).filter(x=>x.length<40).join('|'));
const nb=p.getByRole('button',{name:/新建文档打开/});await nb.click();await p.waitForTimeout(2500);
console.log('BTNS2',(await p.getByRole('button').allInnerTexts()).filter(x=>x.length<40).join('|'));
const g=p.getByRole('button',{name:/仍然生成/});if(await g.count()){await g.first().click();await p.waitForTimeout(3000);}
await p.screenshot({path:S+'14-word-b-new.png'});
const t=await p.locator('body').innerText();for(const l of t.split('\n')) if(/预览模式|KB|已生成|错误/.test(l)) console.log('L',l.slice(0,200));
await br.close();})();
