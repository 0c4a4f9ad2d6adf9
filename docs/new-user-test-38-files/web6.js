const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const p=await b.newPage({viewport:{width:360,height:800}});
p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text().slice(0,150))});
await p.goto('http://127.0.0.1:8838/taskpane.html?preview=1');await p.waitForTimeout(3000);
console.log('BTNS',(await p.getByRole('button').allInnerTexts()).join(' | '));
const m=p.getByRole('button',{name:/错误|示例/});if(await m.count()){await m.first().click();await p.waitForTimeout(1000);}
await p.getByRole('tab',{name:'校验'}).click();await p.waitForTimeout(2500);
const cb=p.getByRole('button',{name:'校验',exact:true});if(await cb.count())await cb.click();await p.waitForTimeout(2000);
await p.screenshot({path:'./shots/pane-check.png',fullPage:true});
let t=await p.innerText('body');console.log(t.slice(0,1800));
const f=p.getByRole('button',{name:'规范数据'});if(await f.count()){await f.first().click();await p.waitForTimeout(2500);}
await p.screenshot({path:'./shots/pane-fix.png',fullPage:true});
t=await p.innerText('body');console.log('=====FIX\n'+t.slice(t.indexOf('规范数据'),t.indexOf('规范数据')+1500));
await b.close();})();
