const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const ctx=await b.newContext({acceptDownloads:true,viewport:{width:1280,height:900}});const p=await ctx.newPage();
await p.goto('http://127.0.0.1:8828/app.html');await p.waitForTimeout(1000);
await p.getByRole('textbox').first().fill('白沙镇人民政府');
const fis=await p.$$('input[type=file]');console.log('inputs',fis.length);
// the last file input is presumably rollup's multiple
let target=null;for(const f of fis){if(await f.evaluate(e=>e.multiple))target=f;}
const [d]=await Promise.all([p.waitForEvent('download',{timeout:20000}).catch(e=>null),target.setInputFiles(['towns/a_qingshan.xlsx','towns/b_shuikou.xlsx','towns/c_error.xlsx','towns/d_dup.xlsx'])]);
await p.waitForTimeout(4000);
await p.screenshot({path:'shots/rollup.png',fullPage:true});
const t=await p.innerText('body');const i=t.indexOf('汇总各单位台账');console.log(t.slice(i,i+2500));
console.log('BUTTONS',JSON.stringify(await p.getByRole('button').allInnerTexts()));
if(d){await d.saveAs('out/web_rollup.xlsx');console.log('DL',d.suggestedFilename());}
else{const bt=p.getByRole('button',{name:/下载/});const n=await bt.count();for(let k=0;k<n;k++){const tx=await bt.nth(k).innerText();if(tx.includes('汇总')){const [d2]=await Promise.all([p.waitForEvent('download'),bt.nth(k).click()]);await d2.saveAs('out/web_rollup.xlsx');console.log('DL2',d2.suggestedFilename());}}}
await b.close();})();
