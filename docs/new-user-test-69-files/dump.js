const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const max=Math.min(ws.rowCount, +process.argv[3]||4);
 for(let r=1;r<=max;r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,n)=>v.push(c.address+'='+JSON.stringify(c.value).slice(0,60)));if(v.length)console.log('  '+v.join(' | '));}
 (ws.tables? Object.keys(ws.tables):[]).forEach(t=>console.log('  table',t));
});})();
