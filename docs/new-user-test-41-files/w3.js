const fs=require('fs');
(async()=>{const [file,tag,w,h]=process.argv.slice(2);const {b,p}=await require('./pw.js')(+w||360,+h||640);
await p.goto('http://127.0.0.1:8841/app.html');await p.waitForTimeout(1000);
await p.setInputFiles('input[type=file] >> nth=0',file);await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);
await p.locator('button',{hasText:/^校验$/}).last().click();await p.waitForTimeout(2500);
await p.screenshot({path:`./shots/${tag}-2check.png`});
fs.writeFileSync(`./files/${tag}-check.txt`,await p.innerText('body'));
// click first finding
const f=p.locator('[role=listitem], li').first(); if(await f.count()){await f.click().catch(()=>{});await p.waitForTimeout(800);await p.screenshot({path:`./shots/${tag}-3cell.png`});}
// 规范数据
await p.locator('button',{hasText:/^规范数据$/}).last().click();await p.waitForTimeout(2500);
await p.screenshot({path:`./shots/${tag}-4fix.png`});
fs.writeFileSync(`./files/${tag}-fix.txt`,await p.innerText('body'));
console.log(await p.$$eval('button',els=>els.map(e=>e.innerText).filter(Boolean).join(' | ')));
await b.close();})();
