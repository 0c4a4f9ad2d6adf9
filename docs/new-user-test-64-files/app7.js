const {launch}=require('./pw');const fs=require('fs');
(async()=>{const {b,p}=await launch(400,1000);
await p.goto('http://127.0.0.1:8640/app.html');await p.waitForTimeout(1000);
await p.getByRole('button',{name:'导入已有台账…'}).click();await p.waitForTimeout(1000);
await p.getByLabel('另选文件（.xlsx/.csv）…').setInputFiles('./out/快递营业部文明创建台账.xlsx');await p.waitForTimeout(3000);
await p.getByRole('button',{name:'识别表格'}).click();await p.waitForTimeout(3000);await p.getByRole('combobox',{name:/单位类型/}).first().click();await p.waitForTimeout(500);await p.locator('[role=option]',{hasText:'企事业单位'}).click();await p.waitForTimeout(500);const [dd]=await Promise.all([p.waitForEvent('download'),p.getByRole('button',{name:'导入并下载标准台账'}).click()]);await dd.saveAs('./out/web-import.xlsx');console.log(dd.suggestedFilename());fs.writeFileSync('./out/app-import.txt',await p.locator('body').innerText());
await p.screenshot({path:'./shots/app-400-import.png',fullPage:true});
console.log((await p.locator('button, select, input').evaluateAll(es=>es.map(e=>e.tagName+':'+(e.innerText||e.getAttribute('aria-label')||e.value||e.type).slice(0,30)))).join(' | '));
await b.close();})();
