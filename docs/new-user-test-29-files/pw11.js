const {chromium}=require('playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:1000}});
const p=await ctx.newPage();
p.on('pageerror',e=>console.log('PAGEERROR',e.message));
await p.goto('http://127.0.0.1:8829/app.html');await p.waitForTimeout(800);
await p.setInputFiles('input[type=file] >> nth=0','./files/a-社区.xlsx');await p.waitForTimeout(2500);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(800);
await p.locator('button:visible').filter({hasText:/^规范数据$/}).last().click();await p.waitForTimeout(3000);
let t=await p.innerText('body');let i=t.indexOf('无法识别');console.log('UNREAD',t.slice(i,i+300));
console.log(await p.$$eval('button',els=>els.filter(e=>e.offsetParent).map(e=>e.innerText)));
const ap=p.locator('button:visible',{hasText:/修改所选/}).first();
if(await ap.count()){console.log('click',await ap.innerText());await ap.click();await p.waitForTimeout(2500);}
t=await p.innerText('body');i=t.indexOf('规范数据');console.log('AFTER',t.slice(i,i+600));
const [d]=await Promise.all([p.waitForEvent('download',{timeout:10000}).catch(()=>null),p.locator('button:visible',{hasText:'下载处理后的台账'}).click()]);
if(d){await d.saveAs('/tmp/nu29-webfix.xlsx');console.log('DL',d.suggestedFilename());}
await p.screenshot({path:'./shots/web-fix.png',fullPage:true});
await b.close();})();
