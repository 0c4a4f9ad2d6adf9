const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./out/残联-2025全年.xlsx');
wb.getWorksheet('基本信息').getCell('B4').value='县残联';
await wb.xlsx.writeFile('./out/残联-简称.xlsx');})();
