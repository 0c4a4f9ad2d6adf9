const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('a_fixed.xlsx');
const r=wb.getWorksheet('问题整改'); r.getCell('C4').value=28; r.getCell('B5').value=200; r.getCell('C5').value=150; r.getCell('D5').value='处'; r.getCell('A5').value='其他'; r.getCell('I5').value='共享单车乱停放';
wb.getWorksheet('活动台账').getCell('A5').value=new Date(Date.UTC(2025,3,30));
wb.getWorksheet('基本信息').getCell('B16').value=new Date(Date.UTC(2025,6,5));
await wb.xlsx.writeFile('a_fixed2.xlsx');})();
