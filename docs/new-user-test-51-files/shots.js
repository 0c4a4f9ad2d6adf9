const { chromium } = require('./node_modules/playwright-core');
const B='http://127.0.0.1:8851/', S='./shots/';
(async()=>{
const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const shot=async(p,n)=>{await p.waitForTimeout(1500);await p.screenshot({path:S+n+'.png',fullPage:true});console.log('shot',n)};
const clickText=async(p,t)=>{const l=p.getByText(t,{exact:false}).first();if(await l.count()){await l.click().catch(e=>console.log('click fail',t,e.message.slice(0,80)));return true}console.log('no',t);return false};
// Excel pane preview
let c=await br.newContext({viewport:{width:360,height:800},acceptDownloads:true});let p=await c.newPage();
p.on('console',m=>{if(m.type()==='error')console.log('console.error',m.text().slice(0,200))});
await p.goto(B+'taskpane.html?preview=1');await shot(p,'pane-home');
for(const t of ['校验','总结','标准表']){ if(await clickText(p,t)) await shot(p,'pane-'+t); }
console.log((await p.locator('body').innerText()).slice(0,1500));
// Word pane: open a_power
p=await c.newPage();await p.goto(B+'taskpane.html?preview=1&host=word');await shot(p,'word-empty');
const fi=p.locator('input[type=file]').first();await fi.setInputFiles('./files/d_health.xlsx');await shot(p,'word-d_health');
console.log('WORD:',(await p.locator('body').innerText()).slice(0,3000));
// app.html at 360x640 and 400x800
for(const [w,h] of [[360,640],[400,800]]){
 c=await br.newContext({viewport:{width:w,height:h},acceptDownloads:true});p=await c.newPage();
 p.on('console',m=>{if(m.type()==='error')console.log('console.error',m.text().slice(0,200))});
 await p.goto(B+'app.html');await shot(p,`app-${w}-empty`);
 await p.locator('input[type=file]').first().setInputFiles('./files/b_market.xlsx');await shot(p,`app-${w}-opened`);
 for(const t of ['校验','总结']){ if(await clickText(p,t)) await shot(p,`app-${w}-${t}`); }
 if(w===400) console.log('APP:',(await p.locator('body').innerText()).slice(0,4000));
}
await br.close();})();
