const ExcelJS=require('exceljs');
(async()=>{
for (const drop of ['单位情况','活动记录','整改','宣传']) {
 const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('in/02-handmade.xlsx');
 const others=['单位情况','活动记录','整改','宣传'].filter(n=>n!==drop);
 for(const n of others) wb.removeWorksheet(wb.getWorksheet(n).id);
 await wb.xlsx.writeFile('in/02v-only-'+drop+'.xlsx');
}})();
