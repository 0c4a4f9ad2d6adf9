const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./out/幸福里-规范后.xlsx');
wb.getWorksheet('组织保障').getCell('E6').value=new Date(Date.UTC(2025,1,28));
wb.getWorksheet('志愿服务').getCell('D3').value=6;
wb.getWorksheet('问题整改').getCell('C5').value=8;
wb.getWorksheet('活动台账').getCell('A4').value=new Date(Date.UTC(2025,2,3));
wb.getWorksheet('活动台账').getCell('A11').value='2025.6.3';
await wb.xlsx.writeFile('./out/幸福里-终稿.xlsx');})();
