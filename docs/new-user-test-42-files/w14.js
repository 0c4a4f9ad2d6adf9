const open=require('./pw.js');
(async()=>{const {browser,page}=await open('http://127.0.0.1:8842/app.html',360,640);
await page.waitForTimeout(800);
await page.setInputFiles('input[type=file] >> nth=0', 'a-福园社区-2025上半年.xlsx');
await page.waitForTimeout(2000);
await page.getByRole('tab',{name:'校验'}).click();
await page.getByRole('button',{name:'校验',exact:true}).last().click();
await page.waitForTimeout(2000);
// click a finding to see the read-only sheet view
const f=page.getByRole('button',{name:/E8/}).first(); await f.click(); await page.waitForTimeout(1500);
await page.screenshot({path:'./shots/a-finding.png'});
const t=await page.innerText('body');const k=t.indexOf('已定位');console.log(k>=0?t.slice(k,k+300):'no 已定位');
await page.getByRole('button',{name:'规范数据',exact:true}).last().click();await page.waitForTimeout(2000);
await page.getByRole('button',{name:/修改所选/}).scrollIntoViewIfNeeded();
await page.screenshot({path:'./shots/a-fixpanel.png'});
const sw=await page.$$('input[type=checkbox]');console.log('checkboxes',sw.length);
await browser.close();})();
