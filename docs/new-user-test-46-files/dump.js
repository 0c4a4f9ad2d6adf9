const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const max=+process.argv[3]||6; for(let r=1;r<=Math.min(ws.rowCount,max);r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,i)=>v.push(i+':'+JSON.stringify(c.value&&c.value.formula?('='+c.value.formula):c.value)));if(v.length)console.log(r,v.join(' | '));}
 for(const t of Object.values(ws.tables||{})){console.log(' table',t.name||t.table&&t.table.name, t.ref||t.table&&t.table.ref)}}})();
