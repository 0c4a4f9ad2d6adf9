const {chromium}=require('./repo/node_modules/playwright-core');const fs=require('fs');
const S='./shots/';const B='http://127.0.0.1:8845/';
(async()=>{const br=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const errs=[];
async function mk(w,h){const ctx=await br.newContext({viewport:{width:w,height:h},acceptDownloads:true});const p=await ctx.newPage();p.on('pageerror',e=>errs.push('PAGEERR '+e.message));p.on('console',m=>{if(m.type()==='error')errs.push(m.text().slice(0,200))});return p;}
const dump=async(p,n)=>{await p.screenshot({path:`${S}${n}.png`});fs.writeFileSync(`${S}${n}.txt`,await p.evaluate(()=>document.body.innerText));};
// web rollup
let p=await mk(400,800); await p.goto(B+'app.html'); await p.waitForTimeout(1000);
await p.getByLabel(/汇总单位名称/).fill('和平街道办事处');
const fi=p.locator('input[type=file]'); console.log('file inputs',await fi.count());
const [fc]=await Promise.all([p.waitForEvent('filechooser'),p.getByRole('button',{name:/选择台账文件/}).click()]);
await fc.setFiles(['./files/e_anning.xlsx','./files/e_xinhua.xlsx','./files/e_guangming_up.xlsx','./files/e_street.xlsx']);
await p.waitForTimeout(5000); await dump(p,'web-rollup'); await p.screenshot({path:S+'web-rollup-full.png',fullPage:true});
// web next period
p=await mk(360,640); await p.goto(B+'app.html'); await p.waitForTimeout(1000);
await p.locator('input[type=file]').first().setInputFiles('./files/d_village_fixed.xlsx'); await p.waitForTimeout(2000);
await p.getByRole('button',{name:'预览下一期'}).click(); await p.waitForTimeout(3000); await dump(p,'web-next'); await p.screenshot({path:S+'web-next-full.png',fullPage:true});
// excel pane preview
p=await mk(360,800); await p.goto(B+'taskpane.html?preview=1'); await p.waitForTimeout(4000); await dump(p,'pane-excel');
for(const t of ['校验','总结']){const tab=p.getByRole('tab',{name:t}); if(await tab.count()){await tab.click(); await p.waitForTimeout(2500); const b=p.getByRole('tabpanel').getByRole('button',{name:t,exact:true}); if(await b.count()){await b.first().click();await p.waitForTimeout(2500);} await dump(p,'pane-excel-'+t);}}
// word pane preview
p=await mk(360,800); await p.goto(B+'taskpane.html?preview=1&host=word'); await p.waitForTimeout(4000); await dump(p,'pane-word');
const wi=p.locator('input[type=file]'); if(await wi.count()){await wi.first().setInputFiles('./files/g_imported_ok.xlsx'); await p.waitForTimeout(5000); await dump(p,'pane-word-loaded'); await p.screenshot({path:S+'pane-word-loaded-full.png',fullPage:true});
 const nb=p.getByRole('button',{name:/新建文档打开/}); if(await nb.count()){const [d]=await Promise.all([p.waitForEvent('download',{timeout:10000}).catch(()=>null),nb.click()]); await p.waitForTimeout(2000); await dump(p,'pane-word-created'); if(d){await d.saveAs('./out/word-pane-g.docx');console.log('word docx',d.suggestedFilename());}}}
console.log('errors',errs);await br.close();})();
