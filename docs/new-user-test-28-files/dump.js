const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('=== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const max=Number(process.argv[3]||6);
 ws.eachRow((r,i)=>{if(i<=max)console.log(i, JSON.stringify(r.values.slice(1).map(v=>v&&v.formula?('='+v.formula):v)));});
 // data validation
}})();
