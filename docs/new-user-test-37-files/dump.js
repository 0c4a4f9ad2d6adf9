const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('=== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 ws.eachRow((r,i)=>{ if(i<= (+process.argv[3]||6)) console.log(i, JSON.stringify(r.values.slice(1)).slice(0,600));});}})();
