const {chromium}=require('./node_modules/playwright-core');
const B='http://127.0.0.1:8850/';const S='./shots/';
(async()=>{
const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
async function page(url,w,h){const ctx=await br.newContext({viewport:{width:w,height:h},acceptDownloads:true});const p=await ctx.newPage();
 p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',url,m.text().slice(0,200));});p.on('pageerror',e=>console.log('PAGEERR',url,e.message));
 await p.goto(B+url);await p.waitForTimeout(2500);return p;}
async function clickText(p,t){const l=p.getByRole('tab',{name:t}).or(p.getByRole('button',{name:t}));if(await l.count()){await l.first().click();await p.waitForTimeout(1500);return true;}console.log('no',t);return false;}
// Excel pane preview
let p=await page('taskpane.html?preview=1',360,800);
await p.screenshot({path:S+'01-excel-pane.png'});
console.log('BUTTONS',(await p.getByRole('button').allInnerTexts()).join('|').slice(0,600));
console.log('TABS',(await p.getByRole('tab').allInnerTexts()).join('|'));
await clickText(p,'校验');await p.screenshot({path:S+'02-excel-check.png',fullPage:true});
await clickText(p,'总结');await p.screenshot({path:S+'03-excel-summary.png',fullPage:true});
// Word pane
p=await page('taskpane.html?preview=1&host=word',360,800);
const fi=p.locator('input[type=file]');console.log('word file inputs',await fi.count());
await fi.first().setInputFiles('./files/c.xlsx');await p.waitForTimeout(4000);
await p.screenshot({path:S+'04-word-c.png',fullPage:true});
console.log('WORD TEXT',(await p.locator('body').innerText()).slice(0,3000));
// app
for(const [w,h] of [[360,640],[400,800]]){
 p=await page('app.html',w,h);await p.screenshot({path:S+`05-app-${w}.png`});
 const f=p.locator('input[type=file]');console.log('app inputs',await f.count());
 await f.first().setInputFiles('./files/b.xlsx');await p.waitForTimeout(4000);
 await p.screenshot({path:S+`06-app-${w}-opened.png`,fullPage:true});
 console.log('APP TABS',(await p.getByRole('tab').allInnerTexts()).join('|'));
 await clickText(p,'校验');await p.screenshot({path:S+`07-app-${w}-check.png`,fullPage:true});
 await clickText(p,'总结');await p.waitForTimeout(2000);await p.screenshot({path:S+`08-app-${w}-summary.png`,fullPage:true});
 if(w===400) console.log('APP SUMMARY TEXT',(await p.locator('body').innerText()).slice(0,4000));
}
await br.close();})();
