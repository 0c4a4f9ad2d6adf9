const {chromium}=require('playwright-core');const fs=require('fs');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});const p=await ctx.newPage();
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8670/taskpane.html?preview=1');await p.waitForTimeout(3000);
await p.setInputFiles('input[type=file] >> nth=0','./out/司法所Q1.xlsx');await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'校验'}).first().click();await p.waitForTimeout(1500);
const t1=await p.innerText('body');fs.writeFileSync('./out/pane-check.txt',t1);
await p.screenshot({path:'./shots/pane-check.png',fullPage:true});
const fixb=p.getByRole('button',{name:'规范数据'});
if(await fixb.count()){await fixb.click();await p.waitForTimeout(3000);fs.writeFileSync('./out/pane-fix.txt',await p.innerText('body'));await p.screenshot({path:'./shots/pane-fix.png',fullPage:true});}
await p.getByRole('tab',{name:'总结'}).first().click();await p.waitForTimeout(4000);
fs.writeFileSync('./out/pane-sum.txt',await p.innerText('body'));await p.screenshot({path:'./shots/pane-sum.png',fullPage:true});
await p.getByRole('tab',{name:'标准表'}).first().click();await p.waitForTimeout(800);
await p.getByRole('button',{name:'预览下一期'}).click();await p.waitForTimeout(3000);
fs.writeFileSync('./out/pane-next.txt',await p.innerText('body'));await p.screenshot({path:'./shots/pane-next.png',fullPage:true});
await b.close();})();
