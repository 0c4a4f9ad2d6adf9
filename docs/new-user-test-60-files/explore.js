const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const url=process.argv[2],w=+process.argv[3]||360,name=process.argv[4];
const p=await b.newPage({viewport:{width:w,height:800}});p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())});
await p.goto(url);await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/'+name+'.png',fullPage:true});
console.log((await p.innerText('body')).slice(0,1500));
console.log('BUTTONS',await p.$$eval('button,[role=tab],input',els=>els.map(e=>e.tagName+':'+(e.innerText||e.type||'').trim().slice(0,30)).join(' | ')));
await b.close();})();
