const fs=require('fs');
(async()=>{const [file,tag,w,h]=process.argv.slice(2);const {b,p}=await require('./pw.js')(+w,+h);
await p.goto('http://127.0.0.1:8841/taskpane.html?preview=1&host=word');await p.waitForTimeout(2500);
await p.screenshot({path:`./shots/${tag}-w0.png`});
await p.setInputFiles('input[type=file] >> nth=0',file);await p.waitForTimeout(4000);
await p.screenshot({path:`./shots/${tag}-w1.png`,fullPage:true});
fs.writeFileSync(`./files/${tag}-word.txt`,await p.innerText('body'));
console.log('BUTTONS',await p.$$eval('button',els=>els.map(e=>(e.innerText)+(e.disabled?'[dis]':'')).filter(Boolean).join(' | ')));
const btn=p.locator('button',{hasText:'新建文档打开'}).first();
const [dl]=await Promise.all([p.waitForEvent('download',{timeout:10000}).catch(()=>null),btn.click()]);await p.waitForTimeout(1500);
const more=p.locator('button',{hasText:/仍然/});if(await more.count()){console.log('confirm asked');const [d2]=await Promise.all([p.waitForEvent('download',{timeout:10000}).catch(()=>null),more.first().click()]);await p.waitForTimeout(1500);if(d2){await d2.saveAs('./files/out/word-'+tag+'.docx');console.log('DL2',d2.suggestedFilename());}}
else if(dl){await dl.saveAs('./files/out/word-'+tag+'.docx');console.log('DL',dl.suggestedFilename());}
await p.screenshot({path:`./shots/${tag}-w2.png`});
console.log((await p.innerText('body')).split('\n').filter(l=>/已生成|预览模式|KB/.test(l)).join('\n'));
await b.close();})();
