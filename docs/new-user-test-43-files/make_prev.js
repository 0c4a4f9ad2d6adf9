const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('a_fixed2.xlsx');
const bi=wb.getWorksheet('基本信息'); bi.getCell('B3').value='中山路步行街社区'; bi.getCell('B8').value=2024; bi.getCell('B10').value=new Date(Date.UTC(2024,0,1)); bi.getCell('B11').value=new Date(Date.UTC(2024,5,30)); bi.getCell('B16').value=new Date(Date.UTC(2024,6,5));
const a=wb.getWorksheet('活动台账'); for(let r=3;r<=8;r++){const c=a.getCell(r,1); if(c.value instanceof Date){const d=c.value; c.value=new Date(Date.UTC(2024,d.getUTCMonth(),Math.min(d.getUTCDate(),28)));}}
a.getCell(8,1).value=null;a.getCell(8,2).value=null;a.getCell(8,3).value=null;a.getCell(8,4).value=null;a.getCell(8,5).value=null;a.getCell(8,8).value=null;a.getCell(8,9).value=null;
const v=wb.getWorksheet('志愿服务'); v.getCell('C3').value=80;
for(const ws of ['组织保障','宣传投放','先进典型','问题整改']){const s=wb.getWorksheet(ws); s.eachRow((row)=>row.eachCell(c=>{if(c.value instanceof Date) c.value=new Date(Date.UTC(2024,c.value.getUTCMonth(),Math.min(c.value.getUTCDate(),28)));}));}
await wb.xlsx.writeFile('a_prev2024.xlsx');})();
