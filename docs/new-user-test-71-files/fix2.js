const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./out/u2-fixed.xlsx');
wb.getWorksheet('问题整改').getCell('C5').value=3; wb.getWorksheet('活动台账').getCell('A5').value=new Date(Date.UTC(2025,8,30));
await wb.xlsx.writeFile('./files/u2-corrected.xlsx');})();
