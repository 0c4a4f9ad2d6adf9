const fs=require('fs');
(async()=>{const {b,p}=await require('./pw.js')(360,640);
await p.goto('http://127.0.0.1:8841/app.html');await p.waitForTimeout(1000);
await p.fill('input[type=text]','城南区文明办');
const sel=p.locator('select');if(await sel.count())await sel.first().selectOption({label:'机关部门'}).catch(e=>console.log('sel',e.message));
const dir='./files/g/';const files=fs.readdirSync(dir).map(f=>dir+f);
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:20000}).catch(()=>null),p.setInputFiles('input[type=file] >> nth=1',files)]);
await p.waitForTimeout(5000);
await p.screenshot({path:'./shots/g-rollup.png',fullPage:true});
const t=await p.innerText('body');fs.writeFileSync('./files/g-web.txt',t);
console.log('BUTTONS',await p.$$eval('button',els=>els.map(e=>(e.innerText)+(e.disabled?'[dis]':'')).filter(Boolean).join(' | ')));
const d=p.locator('button',{hasText:/下载/}).last();
const [dl2]=await Promise.all([p.waitForEvent('download',{timeout:10000}).catch(()=>null),d.click()]);
if(dl||dl2){const x=dl||dl2;await x.saveAs('./files/out/web-'+x.suggestedFilename());console.log('DL',x.suggestedFilename());}
await b.close();})();
