// fills the 小学 2025上半年 workbook made by 开始下一期 as the school would
const E=require('../../node_modules/exceljs'); const path=require('path');
(async()=>{const w=new E.Workbook();await w.xlsx.readFile(path.join(__dirname,'out','小学-next-web.xlsx'));
const show=(n)=>{const s=w.getWorksheet(n);s.eachRow((r,i)=>console.log(n,i,JSON.stringify(r.values.slice(1).map(v=>v&&v.formula?'F':v))))};
['问题整改','文字材料','上期指标'].forEach(show);
const q=w.getWorksheet('问题整改'); q.getCell('C3').value=2; // both leftover 卫生死角 fixed
q.getCell('A4').value='乱张贴'; q.getCell('B4').value=6; q.getCell('C4').value=5; q.getCell('D4').value='处';
const t=w.getWorksheet('文字材料'); t.getCell('C3').value='已在教学楼一楼建成校园文明实践角，每周开展礼仪小课堂。';
const a=w.getWorksheet('活动台账'); a.getCell('A3').value='2025.3.5'; a.getCell('B3').value='学雷锋月“红领巾在行动”'; a.getCell('C3').value='志愿服务'; a.getCell('D3').value=460; a.getCell('E3').value='人次';
const v=w.getWorksheet('志愿服务'); v.getCell('C3').value=460; v.getCell('D3').value=30; v.getCell('E3').value=720;
await w.xlsx.writeFile(path.join(__dirname,'小学-2025上半年-从下一期填写.xlsx'));})();
