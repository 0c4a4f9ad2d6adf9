const {chromium}=require('playwright-core');
const [file,tag,w,h]=[process.argv[2],process.argv[3],+process.argv[4]||400,+process.argv[5]||800];
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const ctx=await b.newContext({viewport:{width:w,height:h},acceptDownloads:true});
 const p=await ctx.newPage(); p.on('console',m=>{if(m.type()==='error')console.log('CONSOLE',m.text())}); p.on('pageerror',e=>console.log('PAGEERR',e.message));
 await p.goto('http://127.0.0.1:8843/app.html');await p.waitForTimeout(800);
 await p.setInputFiles('input[type=file] >> nth=0',file);await p.waitForTimeout(2500);
 await p.screenshot({path:`shots/${tag}-1open.png`});
 console.log('--- after open\n'+(await p.innerText('body')).slice(0,1500));
 await p.getByRole('tab',{name:'校验'}).first().click();await p.waitForTimeout(1500);
 await p.screenshot({path:`shots/${tag}-2check.png`});
 console.log('--- check\n'+(await p.innerText('body')).slice(0,2500));
 await p.getByRole('tab',{name:'总结'}).first().click();await p.waitForTimeout(3000);
 await p.screenshot({path:`shots/${tag}-3sum.png`,fullPage:true});
 console.log('--- sum\n'+(await p.innerText('body')));
 console.log(await p.$$eval('button',els=>els.map(e=>e.innerText).filter(Boolean).join(' | ')));
 await b.close();})();
