const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./out/社区2026Q1.xlsx');
const put=(s,r,vals)=>vals.forEach((v,j)=>{if(v!==null&&v!=='')wb.getWorksheet(s).getCell(r,1+j).value=v});
const ws=wb.getWorksheet('问题整改');for(let r=3;r<=8;r++)console.log(r,ws.getRow(r).values.slice(1,10).join(','));
const vs=wb.getWorksheet('志愿服务');for(let r=3;r<=5;r++){vs.getCell(r,4).value=10;vs.getCell(r,5).value=80;}
put('问题整改',3,[null,null,6]);put('问题整改',4,[null,null,2]);put('问题整改',5,[null,null,'1']);
put('宣传投放',3,['横幅','春节文明过节横幅',6,'条','新设','','2026.1.20','']);
put('活动台账',3,['2026.2.12','“我们的节日·春节”写春联送祝福','我们的节日','150余','人次','社区广场','','','']);
await wb.xlsx.writeFile('./out/社区2026Q1f.xlsx');})();
