const fs=require('fs');
(async()=>{const [file,tag,w,h,prev]=process.argv.slice(2);const {b,p}=await require('./pw.js')(+w||360,+h||640);
await p.goto('http://127.0.0.1:8841/app.html');await p.waitForTimeout(1000);
await p.setInputFiles('input[type=file] >> nth=0',file);await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(3500);
await p.locator('button',{hasText:'生成总结预览'}).click();await p.waitForTimeout(4000);await p.screenshot({path:`./shots/${tag}-5sum.png`});
console.log('BUTTONS',await p.$$eval('button,input',els=>els.map(e=>(e.innerText||e.type)+(e.disabled?'[dis]':'')).filter(Boolean).join(' | ')));
if(prev){const inputs=await p.$$('input[type=file]');console.log('file inputs',inputs.length);
  await inputs[inputs.length-1].setInputFiles(prev);await p.waitForTimeout(3000);}
fs.writeFileSync(`./files/${tag}-sum.txt`,await p.innerText('body'));
const btn=p.locator('button',{hasText:/导出 ?Word/}).first();
if(await btn.count()){const [dl]=await Promise.all([p.waitForEvent('download',{timeout:15000}).catch(e=>null),btn.click()]);
 await p.waitForTimeout(1500);
 if(!dl){const more=p.locator('button',{hasText:/仍然导出/});if(await more.count()){const [d2]=await Promise.all([p.waitForEvent('download',{timeout:15000}),more.first().click()]);await d2.saveAs('./files/out/web-'+tag+'-'+d2.suggestedFilename());console.log('DL(forced)',d2.suggestedFilename());}}
 else {await dl.saveAs('./files/out/web-'+tag+'-'+dl.suggestedFilename());console.log('DL',dl.suggestedFilename());}}
await p.screenshot({path:`./shots/${tag}-6export.png`});
await b.close();})();
