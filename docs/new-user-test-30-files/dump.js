const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const lim=+process.argv[3]||12;
 ws.eachRow((r,i)=>{if(i<=lim)console.log(i, JSON.stringify(r.values.slice(1).map(v=>v&&v.formula?'='+v.formula:(v&&v.richText?v.richText.map(t=>t.text).join(''):v))))});
 for(const t of Object.values(ws.tables||{})) console.log(' table', t.name||t.table&&t.table.name, t.ref||t.table&&t.table.ref);
}})();
