const ExcelJS=require('exceljs');
(async()=>{
 let wb=new ExcelJS.Workbook(); wb.addWorksheet('Sheet1'); await wb.xlsx.writeFile(__dirname+'/bad-empty.xlsx');
 wb=new ExcelJS.Workbook(); await wb.xlsx.readFile(__dirname+'/a-ok.xlsx'); wb.getWorksheet('活动台账').name='活动'; wb.getWorksheet('志愿服务').name='志愿服务 '; await wb.xlsx.writeFile(__dirname+'/bad-names.xlsx');
 wb=new ExcelJS.Workbook(); await wb.xlsx.readFile(__dirname+'/a-ok.xlsx');
 const w=wb.getWorksheet('宣传投放'); w.getCell('C3').value=1e15; w.getCell('F3').value=-500; 
 const v=wb.getWorksheet('志愿服务'); v.getCell('C3').value=99999999; v.getCell('E4').value='12.5万';
 const r=wb.getWorksheet('问题整改'); r.getCell('B3').value=-3; r.getCell('C3').value=2.5;
 const a=wb.getWorksheet('活动台账'); a.getCell('D3').value='=SUM(1,2)'; a.getCell('A5').value=new Date('2024-12-31T00:00:00Z'); a.getCell('D5').value=0;
 const p=wb.getWorksheet('基本信息'); p.getCell('B8').value='二〇二五'; p.getCell('B12').value=0;
 await wb.xlsx.writeFile(__dirname+'/bad-values.xlsx');
})();
