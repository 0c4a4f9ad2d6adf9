const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('==',ws.name,ws.rowCount);ws.eachRow((r,i)=>{if(i<=(+process.argv[3]||3))console.log(i,JSON.stringify(r.values.map(v=>v&&v.formula?'='+v.formula:v)))})})})();
