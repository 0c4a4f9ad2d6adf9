const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('==',ws.name,ws.rowCount, Object.keys(ws.tables||{}).join(','));
 for(let r=1;r<=Math.min(ws.rowCount,process.argv[3]?+process.argv[3]:4);r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,n)=>v.push(n+':'+JSON.stringify(c.value).slice(0,40)));console.log(r,v.join(' | '));}});})();
