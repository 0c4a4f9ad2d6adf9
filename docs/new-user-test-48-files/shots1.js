const {chromium}=require('./node_modules/playwright-core');
const S='./shots/';
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
// Excel pane preview
let p=await b.newPage({viewport:{width:360,height:800}});p.on('pageerror',e=>errs.push('pane:'+e.message));p.on('console',m=>{if(m.type()==='error')errs.push('pane console:'+m.text())});
await p.goto('http://127.0.0.1:8848/taskpane.html?preview=1');await p.waitForTimeout(2500);
await p.screenshot({path:S+'pane-1-start.png',fullPage:true});
for(const t of ['校验','总结']){try{await p.getByRole('tab',{name:t}).click();await p.waitForTimeout(2500);await p.screenshot({path:S+`pane-${t}.png`,fullPage:true});}catch(e){errs.push('tab '+t+' '+e.message)}}
console.log((await p.locator('body').innerText()).slice(0,3000));
// Word pane
p=await b.newPage({viewport:{width:360,height:800}});p.on('pageerror',e=>errs.push('word:'+e.message));
await p.goto('http://127.0.0.1:8848/taskpane.html?preview=1&host=word');await p.waitForTimeout(2500);
await p.screenshot({path:S+'word-1.png',fullPage:true});
const fi=p.locator('input[type=file]');console.log('word file inputs',await fi.count());
await fi.first().setInputFiles('./files/svc.xlsx');await p.waitForTimeout(4000);
await p.screenshot({path:S+'word-2-svc.png',fullPage:true});
console.log('=== WORD\n'+(await p.locator('body').innerText()).slice(0,4000));
console.log('ERRS',errs);
await b.close();})();
