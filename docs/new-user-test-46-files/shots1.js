const { chromium } = require('./repo/node_modules/playwright-core');
const S='./shots/';
(async()=>{
 const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
 const errs=[];
 // Excel pane preview
 let p=await b.newPage({viewport:{width:360,height:800}}); p.on('pageerror',e=>errs.push('excel:'+e.message)); p.on('console',m=>{if(m.type()==='error')errs.push('excel console:'+m.text())});
 await p.goto('http://127.0.0.1:8846/taskpane.html?preview=1'); await p.waitForTimeout(2500);
 await p.screenshot({path:S+'excel-1-start.png',fullPage:true});
 console.log('BUTTONS', (await p.locator('button,[role=tab]').allInnerTexts()).join(' | '));
 for(const t of ['校验','总结']){ try{await p.getByRole('tab',{name:t}).click(); await p.waitForTimeout(2500); await p.screenshot({path:S+`excel-${t}.png`,fullPage:true}); console.log(t,'BUTTONS', (await p.locator('button').allInnerTexts()).join(' | '));}catch(e){console.log('fail',t,e.message)} }
 // Word pane
 p=await b.newPage({viewport:{width:360,height:800}}); p.on('pageerror',e=>errs.push('word:'+e.message));
 await p.goto('http://127.0.0.1:8846/taskpane.html?preview=1&host=word'); await p.waitForTimeout(2000);
 await p.screenshot({path:S+'word-1-start.png',fullPage:true});
 await p.locator('input[type=file]').first().setInputFiles('./files/d_ok.xlsx'); await p.waitForTimeout(4000);
 await p.screenshot({path:S+'word-2-loaded.png',fullPage:true});
 console.log('WORD BUTTONS', (await p.locator('button').allInnerTexts()).join(' | '));
 console.log('WORD TEXT', (await p.locator('body').innerText()).slice(0,3000));
 console.log('ERRS',errs.join('\n'));
 await b.close();})();
