const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('./out/e-filled.xlsx');
 const t=wb.getWorksheet('文字材料'); t.getCell('C4').value='3、4号线全部完成空调滤网清洗，7、8月份每天收车后车厢全面保洁';
 t.getCell('C3').value='1.礼让斑马线纳入月度考核';
 await wb.xlsx.writeFile('./out/e-probe7.xlsx');})();
