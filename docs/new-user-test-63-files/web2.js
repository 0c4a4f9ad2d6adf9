const { chromium } = require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({viewport:{width:400,height:850},acceptDownloads:true});
const p=await ctx.newPage(); p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto('http://127.0.0.1:8630/app.html');await p.waitForTimeout(1000);
await (await p.$$('input[type=file]'))[0].setInputFiles('./out/燃气公司2026年第二季度台账.xlsx');await p.waitForTimeout(2500);
await p.getByRole('button',{name:'预览下一期'}).click();await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/web-next.png',fullPage:true});
const txt=await p.evaluate(()=>document.body.innerText);require('fs').writeFileSync('./out/web-next.txt',txt);
const btns=await p.$$eval('button',e=>e.map(x=>x.textContent.trim()).filter(Boolean));console.log(btns.filter(t=>!t.startsWith('提示')).join(' | '));
// try download
const dlBtn=p.getByRole('button',{name:/下载.*下一期|下一期.*下载|生成下一期/});
if(await dlBtn.count()){const [d]=await Promise.all([p.waitForEvent('download'),dlBtn.first().click()]);console.log('DL',d.suggestedFilename());await d.saveAs('./out/web-'+d.suggestedFilename());}
await b.close();})();
