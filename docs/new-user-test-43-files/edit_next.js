const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('a_next.xlsx');
const r=wb.getWorksheet('问题整改'); let row=3; while(r.getCell(row,1).value) row++;
console.log('rect rows', row-3); for(let i=3;i<row;i++) console.log(r.getRow(i).values.slice(1,10).map(v=>v&&v.formula?'=f':v).join('|'));
r.getCell(3,3).value=2; // close some carried
[['占道经营',40,40,'处'],['流动摊点','１５','12','处']].forEach((v,k)=>v.forEach((x,j)=>r.getCell(row+k,1+j).value=x));
const a=wb.getWorksheet('活动台账');[[new Date(Date.UTC(2025,8,17)),'中秋 邻里团圆饭','我们的节日','八十','人'],[new Date(Date.UTC(2025,9,20)),'夜市文明劝导','志愿服务',150,'人次']].forEach((v,k)=>v.forEach((x,j)=>a.getCell(3+k,1+j).value=x));
const t=wb.getWorksheet('文字材料'); for(let i=3;i<12;i++){const v=t.getRow(i).values; if(v.length) console.log('txt',i,v.slice(1).join('|'));}
t.getCell(3,3).value='已坚持每周门前三包互查';
await wb.xlsx.writeFile('a_next2.xlsx');})();
