(async()=>{const {b,p}=await require('./pw.js')(360,640);
await p.goto('http://127.0.0.1:8841/taskpane.html?preview=1');await p.waitForTimeout(3000);
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(500);
await p.locator('button',{hasText:'在示例工作簿中加入几处常见错误'}).click();await p.waitForTimeout(1500);
await p.locator('button',{hasText:/^校验$/}).last().click();await p.waitForTimeout(2500);
await p.screenshot({path:'./shots/pane-check.png'});
let t=await p.innerText('body');console.log(t.slice(t.indexOf('个错误')-10,t.indexOf('个错误')+700));
await p.locator('button',{hasText:/^规范数据$/}).last().click();await p.waitForTimeout(2000);
const ap=p.locator('button',{hasText:/修改所选/});if(await ap.count()){await ap.click();await p.waitForTimeout(2000);}
await p.screenshot({path:'./shots/pane-fix.png'});
t=await p.innerText('body');const i=t.indexOf('已修改');console.log('---FIX---',i>=0?t.slice(i,i+300):t.slice(-600));
await b.close();})();
