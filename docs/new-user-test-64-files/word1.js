const {launch}=require('./pw');const fs=require('fs');
const dump=async(p,n)=>{fs.writeFileSync(`./out/word-${n}.txt`,await p.locator('body').innerText());await p.screenshot({path:`./shots/word-${n}.png`,fullPage:true});};
(async()=>{const {b,p}=await launch(360);
await p.goto('http://127.0.0.1:8640/taskpane.html?preview=1&host=word');await p.waitForTimeout(2500);await dump(p,'start');
await p.locator('input[type=file]').first().setInputFiles('./out/人行桐溪支行2025年第三季度台账.xlsx');await p.waitForTimeout(4000);await dump(p,'loaded');
console.log((await p.locator('button').evaluateAll(es=>es.map(e=>e.innerText).filter(t=>t.length<30))).join(' | '));
const dl=p.waitForEvent('download',{timeout:15000}).catch(()=>null);
await p.getByRole('button',{name:'新建文档打开'}).click();await p.waitForTimeout(3000);await dump(p,'created');
const d=await dl; if(d){await d.saveAs('./out/word-'+d.suggestedFilename());console.log('dl',d.suggestedFilename());}
else { const bt=p.getByRole('button',{name:/下载/}); if(await bt.count()){const [d2]=await Promise.all([p.waitForEvent('download'),bt.first().click()]);await d2.saveAs('./out/word-'+d2.suggestedFilename());console.log('dl2',d2.suggestedFilename());}}
await b.close();})();
