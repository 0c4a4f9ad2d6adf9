const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('=== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const max=process.argv[3]?+process.argv[3]:6;
 for(let r=1;r<=Math.min(ws.rowCount,max);r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,i)=>v.push(c.address+'='+JSON.stringify(c.value).slice(0,80)));if(v.length)console.log('  '+v.join(' | '));}
 const dv=[];}})();
