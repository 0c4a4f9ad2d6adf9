const ExcelJS=require('../../node_modules/exceljs');const fs=require('fs');
(async()=>{
fs.writeFileSync('in/empty.xlsx','');fs.writeFileSync('in/text.xlsx','a,b,c\n1,2,3\n');
let wb=new ExcelJS.Workbook();wb.addWorksheet('Sheet1');await wb.xlsx.writeFile('in/blanksheet.xlsx');
wb=new ExcelJS.Workbook();await wb.xlsx.readFile('in/school.xlsx');wb.getWorksheet('问题整改').name='整改台账';wb.getWorksheet('基本信息').getCell('B8').value='二〇二五';await wb.xlsx.writeFile('in/renamed.xlsx');
wb=new ExcelJS.Workbook();await wb.xlsx.readFile('in/bank.xlsx');
const q=wb.getWorksheet('问题整改');q.getRow(4).values=['乱张贴',1e15,'-3','处'];
const p=wb.getWorksheet('宣传投放');p.getCell('F3').value=99999999999999;p.getCell('C3').value=2.5;
const a=wb.getWorksheet('活动台账');a.getCell('A3').value='2025.2.30';a.getCell('D4').value=-5;
wb.getWorksheet('基本信息').getCell('B9').value='上半年度';
await wb.xlsx.writeFile('in/huge.xlsx');})();
