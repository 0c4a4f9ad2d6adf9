const go=require('./pw');(async()=>{const {b,p,errs}=await go(360);
await p.goto('http://127.0.0.1:8700/taskpane.html?preview=1');await p.waitForTimeout(4000);
await p.screenshot({path:'./shots/u2-xl-0.png'});
console.log((await p.innerText('body')).slice(0,1500));
console.log(await p.$$eval('button,[role=tab],input',bs=>bs.map(b=>b.tagName+':'+(b.innerText||b.type||'')+':'+(b.getAttribute('aria-label')||''))));
await b.close();})();
