const {chromium}=require('playwright-core');
(async()=>{const b=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update']});
const [img,out,top,h,w]=process.argv.slice(2);const p=await b.newPage({viewport:{width:+w,height:900}});
await p.setContent(`<style>body{margin:0}</style><img id=i>`);
const data=require('fs').readFileSync(img).toString('base64');await p.evaluate(d=>new Promise(r=>{const i=document.getElementById('i');i.onload=r;i.src='data:image/png;base64,'+d}),data);
await p.screenshot({path:out,fullPage:true,clip:{x:0,y:+top,width:+w,height:+h}});await b.close();})();
