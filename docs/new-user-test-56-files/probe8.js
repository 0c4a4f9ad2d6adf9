const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('./out/c-ok.xlsx');
 const t=wb.getWorksheet('文字材料'); t.getCell('B5').value='3、5号楼加装高空抛物监控探头'; t.getCell('B3').value='7、8月份雨水多，地下车库积水问题反复出现';
 await wb.xlsx.writeFile('./out/c-probe8.xlsx');})();
