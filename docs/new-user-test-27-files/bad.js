const ExcelJS=require('exceljs');
(async()=>{
let wb=new ExcelJS.Workbook(); wb.addWorksheet('Sheet1'); await wb.xlsx.writeFile('bad_empty.xlsx');
wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('b_村.xlsx'); wb.getWorksheet('活动台账').name='活动'; wb.getWorksheet('基本信息').name='基本情况'; await wb.xlsx.writeFile('bad_renamed.xlsx');
wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('b_村.xlsx');
const p=wb.getWorksheet('宣传投放'); p.getCell('C3').value=1e15; p.getCell('F3').value=-500; 
const r=wb.getWorksheet('问题整改'); r.getCell('B3').value=0; r.getCell('C3').value=0; r.getCell('B4').value=3.5; r.getCell('C4').value=2;
const v=wb.getWorksheet('志愿服务'); v.getCell('C3').value=99999999;
const pr=wb.getWorksheet('基本信息'); pr.getCell('B8').value=2025; pr.getCell('B12').value=0;
const t=wb.getWorksheet('文字材料'); t.getCell('B3').value='联系人：王五，电话13912345678，身份证号110101199003071234。';
await wb.xlsx.writeFile('bad_values.xlsx');
wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('blank.xlsx'); await wb.xlsx.writeFile('bad_blank.xlsx');
})();
