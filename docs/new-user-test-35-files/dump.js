const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('## '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const max=Math.min(ws.rowCount, +process.argv[3]||6);
 for(let r=1;r<=max;r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,i)=>v.push(i+':'+JSON.stringify(c.value)));if(v.length)console.log(' '+r+' '+v.join(' | ').slice(0,600));}}})();
