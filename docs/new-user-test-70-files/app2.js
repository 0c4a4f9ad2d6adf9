const go=require('./pw');const fs=require('fs');(async()=>{const {b,p,errs}=await go(400);
await p.goto('http://127.0.0.1:8700/app.html');await p.waitForTimeout(3000);
await p.fill('input[type=text]','青禾县白沙镇人民政府');
const dir='./files/u4/';const files=fs.readdirSync(dir).map(f=>dir+f);
const [fc]=await Promise.all([p.waitForEvent('filechooser'),p.click('button:has-text("选择台账文件…")')]);
const dl=p.waitForEvent('download',{timeout:30000}).catch(()=>null);
await fc.setFiles(files);await p.waitForTimeout(8000);
fs.writeFileSync('./out/u4-app-rollup.txt',await p.innerText('body'));await p.screenshot({path:'./shots/u4-app-rollup.png',fullPage:true});
console.log(await p.$$eval('button',bs=>bs.map(b=>b.innerText.slice(0,60)+(b.disabled?'(x)':''))));
const dl2=p.waitForEvent('download',{timeout:30000});await p.click('button:has-text("下载汇总台账")');const d=await dl2;if(d){await d.saveAs('./out/u4-app-汇总.xlsx');console.log('saved',d.suggestedFilename())}
await p.setInputFiles('input[type=file] >> nth=0','./out/u4-app-汇总.xlsx');await p.waitForTimeout(4000);await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(4000);const cb=p.locator('text=附主要指标统计表');if(await cb.count())await cb.first().click();await p.waitForTimeout(2000);fs.writeFileSync('./out/u4-app-summary.txt',await p.innerText('body'));await p.screenshot({path:'./shots/u4-app-summary.png',fullPage:true});
const w=await p.evaluate(()=>[document.documentElement.scrollWidth,document.documentElement.clientWidth]);console.log('width',w);
console.log('ERRS',errs);await b.close();})();
