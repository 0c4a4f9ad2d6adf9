const { chromium } = require('./node_modules/playwright-core');
(async()=>{
const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const shots='./shots/';
async function page(url,w,h,name){const p=await b.newPage({viewport:{width:w,height:h}});const errs=[];p.on('console',m=>{if(m.type()==='error')errs.push(m.text())});p.on('pageerror',e=>errs.push(String(e)));
 await p.goto(url);await p.waitForTimeout(2500);await p.screenshot({path:shots+name+'.png',fullPage:false});
 const btns=await p.$$eval('button,[role=tab],input[type=file]',els=>els.map(e=>(e.tagName+':'+(e.innerText||e.getAttribute('aria-label')||e.name||'')).trim()).filter(Boolean));
 console.log('##',name,'errors:',errs,'\n',btns.join(' | '));return p;}
await page('http://127.0.0.1:8854/taskpane.html?preview=1',360,800,'pane-excel');
await page('http://127.0.0.1:8854/taskpane.html?preview=1&host=word',360,800,'pane-word');
await page('http://127.0.0.1:8854/app.html',360,640,'app-360');
await page('http://127.0.0.1:8854/app.html',400,800,'app-400');
await b.close();})();
