const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await (await b.newContext({viewport:{width:1200,height:900},acceptDownloads:true})).newPage();
const errs=[];p.on('pageerror',e=>errs.push('PAGEERR '+e.message));
await p.goto('http://127.0.0.1:8839/app.html');await p.waitForTimeout(1500);
await (await p.$$('input[type=file]'))[0].setInputFiles('a-社区.xlsx');await p.waitForTimeout(2000);
await p.getByRole('tab',{name:/^校验/}).click();await p.waitForTimeout(300);
await p.getByRole('button',{name:'规范数据',exact:true}).click();await p.waitForTimeout(2500);
let t=await p.innerText('body');let k=t.indexOf('规范数据');console.log(t.slice(k,k+1200));
console.log(await p.$$eval('button',bs=>bs.map(b=>b.textContent).join('|')));
const ap=p.getByRole('button',{name:/全部|应用|确认/});console.log('apply',await ap.count());
if(await ap.count()){await ap.first().click();await p.waitForTimeout(2000);t=await p.innerText('body');k=t.indexOf('规范数据');console.log('AFTER',t.slice(k,k+600));}
const [d]=await Promise.all([p.waitForEvent('download',{timeout:8000}).catch(()=>null),p.getByRole('button',{name:'下载处理后的台账（.xlsx）'}).click()]);
if(d){await d.saveAs('out/web-fixed.xlsx');console.log('DL',d.suggestedFilename());}
console.log('ERRS',errs);await b.close();})();
