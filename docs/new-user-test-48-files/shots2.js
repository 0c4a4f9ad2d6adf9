const {chromium}=require('./node_modules/playwright-core');
const S='./shots/';
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
let p=await b.newPage({viewport:{width:360,height:800}});p.on('pageerror',e=>errs.push('pane:'+e.message));
await p.goto('http://127.0.0.1:8848/taskpane.html?preview=1');await p.waitForTimeout(2000);
await p.locator('input[type=file]').first().setInputFiles('./files/hotel.xlsx');await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'校验'}).click();await p.getByRole('button',{name:'校验',exact:true}).click();await p.waitForTimeout(2500);
await p.screenshot({path:S+'pane-hotel-校验.png'});
await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(1000);
console.log('BTNS',await p.locator('button:visible').allInnerTexts());await p.getByRole('button',{name:'生成总结预览'}).click({timeout:5000}).catch(e=>errs.push('gen '+e.message.slice(0,80)));await p.waitForTimeout(4000);
await p.screenshot({path:S+'pane-hotel-总结.png',fullPage:true});
const t=await p.locator('body').innerText();console.log('=== PANE HOTEL\n'+t.slice(0,3500));
for(const [w,h] of [[360,640],[400,800]]){
 const q=await b.newPage({viewport:{width:w,height:h}});q.on('pageerror',e=>errs.push('app:'+e.message));
 await q.goto('http://127.0.0.1:8848/app.html');await q.waitForTimeout(2000);
 await q.screenshot({path:S+`app-${w}-0.png`});
 await q.locator('input[type=file]').first().setInputFiles('./files/school.xlsx');await q.waitForTimeout(3000);
 await q.screenshot({path:S+`app-${w}-1-open.png`});
 try{await q.getByRole('tab',{name:'总结'}).click();await q.waitForTimeout(800);await q.getByRole('button',{name:'生成总结预览'}).click();await q.waitForTimeout(4000);}catch(e){errs.push('app sum '+e.message)}
 await q.screenshot({path:S+`app-${w}-2-总结.png`});
 await q.screenshot({path:S+`app-${w}-2-总结-full.png`,fullPage:true});
 if(w===400) console.log('=== APP\n'+(await q.locator('body').innerText()).slice(0,2500));
}
console.log('ERRS',errs);await b.close();})();
