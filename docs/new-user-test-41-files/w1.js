(async()=>{const {b,p}=await require('./pw.js')(360,640);
await p.goto('http://127.0.0.1:8841/app.html');await p.waitForTimeout(1500);
await p.screenshot({path:'./shots/app-0.png'});console.log((await p.innerText('body')).slice(0,1500));
console.log(await p.$$eval('button,input',els=>els.map(e=>e.tagName+':'+(e.innerText||e.type||'')+':'+(e.getAttribute('aria-label')||''))));
await b.close();})();
