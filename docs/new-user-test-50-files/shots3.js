const {chromium}=require('./node_modules/playwright-core');
const B='http://127.0.0.1:8850/';const S='./shots/';const O='./out/';
(async()=>{
const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await br.newContext({viewport:{width:400,height:800},acceptDownloads:true});const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERR',e.message));
p.on('download',async d=>{const n=d.suggestedFilename();await d.saveAs(O+'app-'+n);console.log('DOWNLOAD',n);});
await p.goto(B+'app.html');await p.waitForTimeout(2000);
await p.locator('input[type=file]').first().setInputFiles('./files/e.xlsx');await p.waitForTimeout(3500);
// next period
await p.getByRole('button',{name:'预览下一期'}).click();await p.waitForTimeout(2500);
await p.screenshot({path:S+'11-app-next-preview.png',fullPage:true});
let t=await p.locator('body').innerText();let i=t.indexOf('开始下一期');console.log('NEXT',t.slice(i,i+1200));
console.log('BTNS',(await p.getByRole('button').allInnerTexts()).join('|'));
// 校验 + 规范数据
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(1000);
console.log('BTNS2',(await p.getByRole('button').allInnerTexts()).filter(x=>x.length<30).join('|'));
const fx=p.getByRole('button',{name:/规范数据/});if(await fx.count()){await fx.first().click();await p.waitForTimeout(2500);await p.screenshot({path:S+'12-app-fix.png',fullPage:true});
 t=await p.locator('body').innerText();i=t.indexOf('规范数据');console.log('FIX',t.slice(i,i+800));
 console.log('BTNS3',(await p.getByRole('button').allInnerTexts()).filter(x=>x.length<30).join('|'));}
await p.waitForTimeout(1500);
await br.close();})();
