const { chromium } = require('playwright-core');
const fs=require('fs');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});
const p=await ctx.newPage(); p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
await p.route(/appsforoffice|office\.js/,r=>r.abort());
await p.goto('http://127.0.0.1:8630/taskpane.html?preview=1');await p.waitForTimeout(2500);
await p.setInputFiles('input[aria-label="打开本地台账文件（.xlsx）"]','./out/养老服务中心2026年台账.xlsx');await p.waitForTimeout(3000);
await p.getByRole('tab',{name:/校验/}).click();await p.waitForTimeout(2500);
const ck=p.getByRole('button',{name:/^校验$|运行校验|重新校验/});if(await ck.count()){await ck.first().click();await p.waitForTimeout(2500);}
await p.screenshot({path:'./shots/pane-check.png',fullPage:true});
fs.writeFileSync('./out/pane-check.txt',await p.evaluate(()=>document.body.innerText));
await p.getByRole('button',{name:'规范数据',exact:true}).click();await p.waitForTimeout(3000);
await p.screenshot({path:'./shots/pane-fix.png',fullPage:true});
fs.writeFileSync('./out/pane-fix.txt',await p.evaluate(()=>document.body.innerText));

const names=await p.$$eval('button',e=>e.map(x=>x.textContent.trim()).filter(t=>t&&!t.startsWith('提示')&&t.length<20));console.log(names.join(' | '));
const ap=p.getByRole('button',{name:/修改所选/});if(await ap.count()){await ap.first().click();await p.waitForTimeout(3000);}
fs.writeFileSync('./out/pane-fix2.txt',await p.evaluate(()=>document.body.innerText));
await p.screenshot({path:'./shots/pane-fix2.png',fullPage:true});
await p.getByRole('tab',{name:/总结/}).click();await p.waitForTimeout(3500);
const sw=p.getByRole('switch',{name:/附主要指标/});if(await sw.count()){await sw.click();await p.waitForTimeout(1500);}
await p.screenshot({path:'./shots/pane-sum.png',fullPage:true});
fs.writeFileSync('./out/pane-sum.txt',await p.evaluate(()=>document.body.innerText));
const ex=p.getByRole('button',{name:/导出 Word/});const [d]=await Promise.all([p.waitForEvent('download',{timeout:15000}),ex.first().click()]);console.log('DL',d.suggestedFilename());await d.saveAs('./out/pane-yl.docx');
console.log(await p.$$eval('button',e=>e.map(x=>x.textContent.trim()).filter(t=>t&&!t.startsWith('提示')).join(' | ')));
await b.close();})();
