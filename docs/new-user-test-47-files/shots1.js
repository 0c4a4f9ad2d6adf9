const {chromium}=require('./node_modules/playwright-core');
const B='http://127.0.0.1:8847/';const S='./shots/';
(async()=>{const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
async function page(url,w,h,name){const ctx=await br.newContext({viewport:{width:w,height:h},acceptDownloads:true});const p=await ctx.newPage();p.on('console',m=>{if(m.type()==='error')errs.push(name+': '+m.text())});p.on('pageerror',e=>errs.push(name+' pageerror: '+e.message));
 await p.goto(B+url);await p.waitForTimeout(2500);await p.screenshot({path:S+name+'.png'});return {ctx,p};}
let r=await page('taskpane.html?preview=1',360,800,'pane-excel');
console.log('EXCEL buttons:',(await r.p.locator('button,[role=tab]').allInnerTexts()).join(' | '));
r=await page('taskpane.html?preview=1&host=word',360,800,'pane-word');
console.log('WORD buttons:',(await r.p.locator('button,[role=tab]').allInnerTexts()).join(' | '));
r=await page('app.html',360,640,'app-360');
console.log('APP buttons:',(await r.p.locator('button,[role=tab],input').evaluateAll(es=>es.map(e=>e.tagName+':'+(e.innerText||e.type)))).join(' | '));
r=await page('app.html',400,800,'app-400');
console.log(errs.join('\n'));await br.close();})();
