const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('== '+ws.name+' ('+ws.state+') rows='+ws.rowCount);
 const max=+process.argv[3]||6; for(let r=1;r<=Math.min(ws.rowCount,max);r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,n)=>v.push(c.address+'='+JSON.stringify(c.value).slice(0,60)));if(v.length)console.log('  '+v.join(' | '));}
 for(const t of Object.values(ws.tables||{})) console.log('  table', t.name||t.table?.name);
}})();
