const {chromium}=require('playwright-core');
const fs=require('fs');const [file,tag]=process.argv.slice(2);
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
let p=await b.newPage({viewport:{width:360,height:900}});
await p.goto('http://127.0.0.1:8871/taskpane.html?preview=1');await p.waitForTimeout(2500);
await p.locator('input[type=file]').first().setInputFiles(file);await p.waitForTimeout(3000);
await p.locator('[role=tab]:has-text("校验")').first().click();await p.waitForTimeout(500);
await p.locator('button:visible:text-is("校验")').first().click();await p.waitForTimeout(2500);
await p.screenshot({path:`./shots/pane-${tag}-check.png`});
fs.writeFileSync(`./out/pane-${tag}-check.txt`,await p.locator('body').innerText());
// 规范数据
const fx=p.locator('button:visible:text-is("规范数据")').first(); if(await fx.count()){await fx.click();await p.waitForTimeout(2500);
 await p.screenshot({path:`./shots/pane-${tag}-fix.png`,fullPage:true});
 fs.writeFileSync(`./out/pane-${tag}-fix.txt`,await p.locator('body').innerText());}
await p.locator('[role=tab]:has-text("总结")').first().click();await p.waitForTimeout(3000);
await p.screenshot({path:`./shots/pane-${tag}-summary.png`,fullPage:true});
fs.writeFileSync(`./out/pane-${tag}-summary.txt`,await p.locator('body').innerText());
await b.close();})();
