const {chromium}=require('playwright-core');const fs=require('fs');
const L=()=>chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
(async()=>{let b=await L();
let ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});let p=await ctx.newPage();
await p.goto('http://127.0.0.1:8670/taskpane.html?preview=1');await p.waitForTimeout(3000);
await p.setInputFiles('input[type=file] >> nth=0','./out/司法所Q1.xlsx');await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(800);
await p.getByRole('button',{name:'生成总结预览'}).click();await p.waitForTimeout(5000);
fs.writeFileSync('./out/pane-sum.txt',await p.innerText('body'));await p.screenshot({path:'./shots/pane-sum.png',fullPage:true});
// word pane
ctx=await b.newContext({viewport:{width:360,height:800},acceptDownloads:true});p=await ctx.newPage();
await p.goto('http://127.0.0.1:8670/taskpane.html?preview=1&host=word');await p.waitForTimeout(3000);
await p.setInputFiles('input[type=file] >> nth=0','./out/医保局2025.xlsx');await p.waitForTimeout(5000);
fs.writeFileSync('./out/word-pane.txt',await p.innerText('body'));await p.screenshot({path:'./shots/word-pane.png',fullPage:true});
const nb=p.getByRole('button',{name:'新建文档打开'});
if(await nb.count()){const dl=p.waitForEvent('download',{timeout:15000}).catch(()=>null);await nb.click();const d=await dl;if(d){await d.saveAs('./out/word-pane.docx');console.log('docx saved')}await p.waitForTimeout(1500);fs.writeFileSync('./out/word-pane2.txt',await p.innerText('body'));}
// app rollup
ctx=await b.newContext({viewport:{width:400,height:800},acceptDownloads:true});p=await ctx.newPage();
await p.goto('http://127.0.0.1:8670/app.html');await p.waitForTimeout(2000);
await p.getByRole('tab',{name:'标准表'}).click().catch(()=>{});
await p.getByLabel('汇总单位名称').fill('临溪县环境卫生管理所').catch(e=>console.log('nolabel'));
const inputs=await p.$$eval('input[type=file]',a=>a.map(i=>i.multiple));console.log('inputs',inputs);
const idx=inputs.lastIndexOf(true);
const dl2=p.waitForEvent('download',{timeout:30000}).catch(()=>null);
await p.setInputFiles(`input[type=file] >> nth=${idx}`,['./out/sub_城东站.xlsx','./out/sub_城西站.xlsx','./out/sub_清运队.xlsx','./out/own_环卫所.xlsx']);
await p.waitForTimeout(6000);
fs.writeFileSync('./out/app-rollup.txt',await p.innerText('body'));await p.screenshot({path:'./shots/app-rollup.png',fullPage:true});
const bs=await p.$$eval('button',bs=>bs.map(b=>b.innerText.trim()).filter(Boolean));console.log(bs.join(' | '));
const d2=await dl2;if(d2){await d2.saveAs('./out/app-rollup.xlsx');console.log('rollup dl')}
await b.close();})();
