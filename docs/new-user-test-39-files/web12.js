const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await (await b.newContext({viewport:{width:1200,height:900}})).newPage();
await p.goto('http://127.0.0.1:8839/app.html');await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles(process.argv[2]);await p.waitForTimeout(2000);
await p.getByRole('button',{name:'预览下一期'}).click();await p.waitForTimeout(2500);
const t=await p.innerText('body');const k=t.indexOf('开始下一期');console.log(t.slice(k,k+1500));
await p.screenshot({path:'shots/next-'+process.argv[3]+'.png',fullPage:true});await b.close();})();
