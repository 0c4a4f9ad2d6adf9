const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('=== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 if(['_lists'].includes(ws.name))continue;
 ws.eachRow((r,i)=>{if(i<=40)console.log(i, JSON.stringify(r.values.slice(1).map(v=>v&&typeof v==='object'?(v.formula?'='+v.formula:v.richText?v.richText.map(t=>t.text).join(''):JSON.stringify(v)):v)))});
 if(ws.getTables) for(const t of Object.values(ws.tables||{})) console.log(' table', t.name||t.table&&t.table.name, t.table&&t.table.ref);
}})();
