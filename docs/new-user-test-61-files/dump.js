const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('==',ws.name,ws.state,'tables:',Object.keys(ws.tables||{}).map(k=>k+':'+(ws.tables[k].table?ws.tables[k].table.ref:ws.tables[k].ref)).join(','));
for(let r=1;r<=Math.min(ws.rowCount,25);r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,n)=>v.push(c.address+'='+JSON.stringify(c.value)));if(v.length)console.log('  ',v.join(' | ').slice(0,400));}});})();
