const ExcelJS=require('../../node_modules/exceljs');
(async()=>{
 let wb=new ExcelJS.Workbook(); wb.addWorksheet('Sheet1'); await wb.xlsx.writeFile('bad-empty.xlsx');
 wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('market.xlsx'); wb.getWorksheet('问题整改').name='整改台账'; wb.getWorksheet('基本信息').name='单位信息'; await wb.xlsx.writeFile('bad-renamed.xlsx');
 wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('market.xlsx'); const ws=wb.getWorksheet('问题整改'); ws.getCell('B3').value=-5; ws.getCell('C3').value='若干'; ws.getCell('B4').value=1e15; ws.getCell('C4').value=1e15;
   const a=wb.getWorksheet('活动台账'); a.getCell('D3').value=3.5; a.getCell('E3').value='人次';
   const p=wb.getWorksheet('宣传投放'); p.getCell('F3').value='约5万元'; p.getCell('F4').value=1e13;
   const b=wb.getWorksheet('基本信息'); b.getCell('B8').value='二〇二五'; b.getCell('B5').value='农贸市场';
   const w=wb.getWorksheet('问题整改'); w.spliceColumns(2,1); // delete 发现数 column
   await wb.xlsx.writeFile('bad-values.xlsx');
})();
