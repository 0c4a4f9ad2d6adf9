const ExcelJS=require('../../node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('=== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const max=Math.min(ws.rowCount, +process.argv[3]||12);
 for(let r=1;r<=max;r++){const row=ws.getRow(r);const vals=[];row.eachCell({includeEmpty:false},(c,n)=>vals.push(c.address+'='+JSON.stringify(c.value).slice(0,80)));if(vals.length)console.log(vals.join(' | '));}
 if(ws.tables) console.log('tables', Object.keys(ws.tables));
}})();
