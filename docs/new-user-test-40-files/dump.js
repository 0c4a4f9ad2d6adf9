const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const max=+process.argv[3]||40; ws.eachRow((r,i)=>{if(i<=max)console.log(i, JSON.stringify(r.values.slice(1)).slice(0,400))});
 const dv=[];}
})();
