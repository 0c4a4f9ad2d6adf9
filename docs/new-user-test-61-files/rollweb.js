const {chromium}=require('playwright-core');
const fs=require('fs');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:400,height:900},acceptDownloads:true});p.on('console',m=>{if(m.type()==='error')console.log('console',m.text())});
await p.goto('http://127.0.0.1:8871/app.html');await p.waitForTimeout(1500);
const inputs=p.locator('input[type=text], input:not([type])');console.log('text inputs',await inputs.count());
await inputs.first().fill('青川县农业农村局');
const dl=p.waitForEvent('download',{timeout:20000}).catch(()=>null);
await p.locator('input[type=file]').nth(1).setInputFiles(['agri-njz.xlsx','agri-xmz.xlsx','agri-njz2.xlsx','agri-bureau.xlsx'].map(f=>'./out/'+f));
await p.waitForTimeout(5000);
await p.screenshot({path:'./shots/app-400-rollup.png',fullPage:true});
fs.writeFileSync('./out/app-rollup.txt',await p.locator('body').innerText());
let d=await dl; if(!d){const d2=p.waitForEvent('download',{timeout:15000});await p.locator('button:has-text("下载汇总台账")').click();d=await d2;await d.saveAs('./out/web-rollup.xlsx');console.log('dl2',d.suggestedFilename());const bt=p.locator('button:has-text("下载")');console.log('btns',await p.locator('button').allInnerTexts());}
else {await d.saveAs('./out/web-rollup.xlsx');console.log('dl',d.suggestedFilename());}
await b.close();})();
