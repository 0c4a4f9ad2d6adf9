const {chromium}=require('./repo/node_modules/playwright-core');
const S='./shots/';const B='http://127.0.0.1:8845/';
(async()=>{const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
async function page(w,h){const ctx=await br.newContext({viewport:{width:w,height:h},acceptDownloads:true});const p=await ctx.newPage();p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});p.on('pageerror',e=>errs.push('PAGEERR '+e.message));return p;}
// 网页版 360x640 with hospital file
for(const [w,h] of [[360,640],[400,800]]){
 const p=await page(w,h); await p.goto(B+'app.html'); await p.waitForTimeout(1500); await p.screenshot({path:`${S}app-${w}-empty.png`});
 await p.setInputFiles('input[type=file]', './files/a_hospital.xlsx'); await p.waitForTimeout(2500);
 await p.screenshot({path:`${S}app-${w}-opened.png`,fullPage:true});
 const txt=await p.evaluate(()=>document.body.innerText); require('fs').writeFileSync(`${S}app-${w}-opened.txt`,txt);
 const btns=await p.$$eval('button,[role=tab]',b=>b.map(x=>x.innerText.trim()).filter(Boolean)); console.log(w,'buttons',JSON.stringify(btns));
 await p.context().close();}
console.log('errors',errs);await br.close();})();
