const ExcelJS=require('exceljs');
(async()=>{
let wb=new ExcelJS.Workbook();await wb.xlsx.readFile('f/向阳社区台账.xlsx'); wb.getWorksheet('问题整改').getCell('C3').value=45; wb.getWorksheet('活动台账').getCell('A3').value='2025/4/4'; await wb.xlsx.writeFile('f2/向阳社区台账.xlsx');
wb=new ExcelJS.Workbook();await wb.xlsx.readFile('f/东风社区台账.xlsx'); const r=wb.getWorksheet('问题整改'); r.getCell('B4').value='三十余'; r.getCell('C4').value=30; r.getCell('D4').value='处'; r.getCell('I4').value='楼道堆物'; await wb.xlsx.writeFile('f2/东风社区台账.xlsx');
wb.getWorksheet('基本信息').getCell('B3').value='东风社区'; await wb.xlsx.writeFile('f2/东风社区-重报.xlsx');
})();
