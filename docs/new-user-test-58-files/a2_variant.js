const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('a-fixed.xlsx');
wb.getWorksheet('问题整改').getCell('I3').value='宿舍违规使用大功率电器';
wb.getWorksheet('基本信息').getCell('B12').value=null;
wb.getWorksheet('宣传投放').getCell('G4').value=null;
wb.getWorksheet('活动台账').getCell('A7').value='2025.4.30';
await wb.xlsx.writeFile('a-variant.xlsx');})();
