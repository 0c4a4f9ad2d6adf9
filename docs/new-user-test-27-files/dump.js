const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('=== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
const max=+process.argv[3]||12;ws.eachRow((r,i)=>{if(i<=max)console.log(i, JSON.stringify(r.values.map(v=>v&&v.formula?('='+v.formula):v)).slice(0,400))});
const t=ws.getTables?ws.getTables():[];});})();
