const ExcelJS=require('../../node_modules/exceljs');
(async()=>{
 let wb=new ExcelJS.Workbook(); wb.addWorksheet('Sheet1'); await wb.xlsx.writeFile('bad-empty.xlsx');
 wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('police.xlsx'); wb.getWorksheet('问题整改').name='问题整改台账'; wb.getWorksheet('活动台账').name='活动 台账'; await wb.xlsx.writeFile('bad-renamed.xlsx');
 wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('finance.xlsx');
 const r=wb.getWorksheet('问题整改'); r.getRow(3).values=['乱张贴',1e15,1e15,'处']; r.getRow(4).values=['卫生死角',-5,'３.５','处'];
 const a=wb.getWorksheet('活动台账'); a.getCell('D3').value=99999999999; a.getCell('A4').value='2024.5.10';
 wb.getWorksheet('宣传投放').getRow(3).values=['公益广告','x',1e12,'块','新设','12345678901234567890'];
 wb.getWorksheet('基本信息').getCell('B8').value='二〇二五';
 await wb.xlsx.writeFile('bad-huge.xlsx');
 wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('market.xlsx'); wb.getWorksheet('基本信息').getCell('B9').value='上半年度'; wb.getWorksheet('基本信息').getCell('B5').value='农贸市场'; await wb.xlsx.writeFile('bad-profile.xlsx');
})();
