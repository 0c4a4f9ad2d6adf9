const ExcelJS=require('../../node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('in/village-h2.xlsx');
const show=n=>{const ws=wb.getWorksheet(n);ws.eachRow((r,i)=>console.log(n,i,JSON.stringify(r.values.slice(1))))};
['问题整改','文字材料','上期指标'].forEach(show);
const q=wb.getWorksheet('问题整改'); // find 上期遗留 row and mark 2 fixed
q.eachRow((r,i)=>{if(i>2&&r.getCell(8).value==='上期遗留') r.getCell(3).value=2;});
let last=q.rowCount+1; [['乱张贴',20,18,'处']].forEach(v=>v.forEach((x,j)=>q.getRow(last).getCell(j+1).value=x));
const t=wb.getWorksheet('文字材料'); t.eachRow((r,i)=>{if(r.getCell(1).value==='上期打算') r.getCell(3).value='完成全村12个自然村垃圾分类设施改造';});
const a=wb.getWorksheet('活动台账'); [[new Date('2025-10-06T00:00:00Z'),'中秋节邻里晚会','我们的节日',300,'人次'],[new Date('2025-10-29T00:00:00Z'),'重阳节敬老宴','关爱帮扶',120,'人']].forEach((v,k)=>v.forEach((x,j)=>a.getRow(3+k).getCell(j+1).value=x));
const v=wb.getWorksheet('志愿服务'); v.getRow(3).getCell(4).value=15; v.getRow(3).getCell(5).value=450; v.getRow(3).getCell(3).value=90;
await wb.xlsx.writeFile('in/village-h2-filled.xlsx');})();
