const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('=== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const max=Math.min(ws.rowCount, +process.argv[3]||40);
 for(let r=1;r<=max;r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,n)=>v.push(n+':'+JSON.stringify(c.value)));if(v.length)console.log(r,v.join(' | '));}
 const tables=ws.getTables? ws.getTables():[]; if(tables.length)console.log('tables',tables.map(t=>t.name||t.table&&t.table.name));
});})();
