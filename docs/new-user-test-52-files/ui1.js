const {chromium}=require('./node_modules/playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const S='./shots/';
async function pg(url,w,h){const p=await b.newPage({viewport:{width:w,height:h},acceptDownloads:true});p.on('pageerror',e=>console.log('PAGEERROR',e.message));p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});await p.goto(url);await p.waitForTimeout(2500);return p;}
const btns=async p=>console.log((await p.$$eval('button,[role=tab],input[type=file]',es=>es.map(e=>(e.innerText||e.getAttribute('aria-label')||e.type||'').trim()).filter(Boolean))).join(' | '));
let p=await pg('http://127.0.0.1:8852/taskpane.html?preview=1',360,800);await p.screenshot({path:S+'pane-excel-start.png'});await btns(p);
p=await pg('http://127.0.0.1:8852/taskpane.html?preview=1&host=word',360,800);await p.screenshot({path:S+'pane-word-start.png'});await btns(p);
p=await pg('http://127.0.0.1:8852/app.html',360,640);await p.screenshot({path:S+'app-360-start.png'});await btns(p);
await b.close();})();
