const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const S='./shots/';const B='http://localhost:8844/';
async function pg(w,h){const c=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});const p=await c.newPage();p.on('console',m=>{if(m.type()==='error')console.log('console',m.text())});return p;}
let p=await pg(360,800);await p.goto(B+'taskpane.html?preview=1');await p.waitForTimeout(2500);await p.screenshot({path:S+'pane-excel.png'});
for(const t of ['校验','总结']){try{await p.getByRole('tab',{name:t}).click();await p.waitForTimeout(2500);await p.screenshot({path:S+`pane-excel-${t}.png`,fullPage:true});}catch(e){console.log('tab',t,e.message)}}
p=await pg(360,800);await p.goto(B+'taskpane.html?preview=1&host=word');await p.waitForTimeout(2500);await p.screenshot({path:S+'pane-word.png',fullPage:true});
for(const [w,h] of [[360,640],[400,800]]){p=await pg(w,h);await p.goto(B+'app.html');await p.waitForTimeout(1500);await p.screenshot({path:S+`app-${w}-start.png`});
 await p.setInputFiles('input[type=file]','./files/a_market.xlsx');await p.waitForTimeout(2500);await p.screenshot({path:S+`app-${w}-opened.png`,fullPage:true});
 try{await p.getByRole('tab',{name:'总结'}).click();await p.waitForTimeout(3000);await p.screenshot({path:S+`app-${w}-summary.png`,fullPage:true});}catch(e){console.log('sum',e.message)}
 console.log(w, (await p.evaluate(()=>document.body.innerText)).slice(0,600));}
await b.close();})();
