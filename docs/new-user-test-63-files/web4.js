const { chromium } = require('playwright-core');
const fs=require('fs');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:400,height:850},acceptDownloads:true});
const p=await ctx.newPage(); p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,200))});
await p.goto('http://127.0.0.1:8630/app.html');await p.waitForTimeout(1500);
await p.getByRole('textbox',{name:/汇总单位名称/}).fill('中国电信南岭分公司');
const d='./out/dx/';
await (await p.$$('input[type=file]'))[1].setInputFiles(['城关营业厅台账.xlsx','河西营业厅台账.xlsx','白水营业厅台账.xlsx','分公司本级台账.xlsx'].map(f=>d+f));
await p.waitForTimeout(9000);
await p.screenshot({path:'./shots/web-rollup.png',fullPage:true});
fs.writeFileSync('./out/web-rollup.txt',await p.evaluate(()=>document.body.innerText));
const bt=p.getByRole('button',{name:/下载汇总台账/});
if(await bt.count()){const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}),bt.first().click()]);console.log('DL',dl.suggestedFilename());await dl.saveAs('./out/web-rollup.xlsx');}
await b.close();})();
