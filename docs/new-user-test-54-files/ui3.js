const { chromium } = require('./node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:360,height:800}});const errs=[];p.on('pageerror',e=>errs.push(String(e)));
await p.goto('http://127.0.0.1:8854/taskpane.html?preview=1');await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(800);
await p.getByRole('button',{name:'在示例工作簿中加入几处常见错误'}).click();await p.waitForTimeout(1500);
await p.getByRole('button',{name:'校验',exact:true}).last().click();await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/pane-excel-errors.png',fullPage:true});
await p.getByRole('button',{name:'规范数据',exact:true}).click();await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/pane-excel-fixplan.png',fullPage:true});
require('fs').writeFileSync('./out/pane-excel.txt',await p.evaluate(()=>document.body.innerText));
// open own file in the Excel preview and go to 总结
const inp=await p.$('input[type=file]');await inp.setInputFiles('./files/b-town-fixed.xlsx');await p.waitForTimeout(4000);
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(4000);
await p.screenshot({path:'./shots/pane-excel-town-summary.png'});
require('fs').writeFileSync('./out/pane-excel-town.txt',await p.evaluate(()=>document.body.innerText));
console.log('errors',errs);await b.close();})();
