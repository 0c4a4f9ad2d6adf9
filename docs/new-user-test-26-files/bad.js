const ExcelJS=require('../../node_modules/exceljs');
(async()=>{
let wb=new ExcelJS.Workbook(); wb.addWorksheet('Sheet1'); await wb.xlsx.writeFile('x-empty.xlsx');
wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('b-村.xlsx'); wb.getWorksheet('活动台账').name='活动'; await wb.xlsx.writeFile('x-renamed.xlsx');
wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('b-村.xlsx'); const p=wb.getWorksheet('问题整改'); p.getCell('B3').value=1e15; p.getCell('C3').value=1e15; p.getCell('B4').value=-5; 
wb.getWorksheet('宣传投放').getCell('F3').value=123456789012; wb.getWorksheet('活动台账').getCell('D3').value=3.5; wb.getWorksheet('志愿服务').getCell('C3').value='四十六点五';
wb.getWorksheet('基本信息').getCell('B8').value=1999; await wb.xlsx.writeFile('x-huge.xlsx');
wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('b-村.xlsx'); const ws=wb.getWorksheet('问题整改'); ws.getRow(2).getCell(2).value='发现问题数'; ws.getRow(2).getCell(3).value='整改数'; await wb.xlsx.writeFile('x-header.xlsx');
wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('b-村.xlsx'); const s=wb.getWorksheet('基本信息'); s.getCell('B3').value=null; s.getCell('B9').value='下半年度'; s.getCell('B5').value='医院'; await wb.xlsx.writeFile('x-info.xlsx');
})();
