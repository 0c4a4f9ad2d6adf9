const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('==',ws.name,ws.rowCount, Object.keys(ws.tables||{}).join(','));
 for(let r=1;r<=Math.min(ws.rowCount,20);r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:true},(c,i)=>v.push(i+':'+JSON.stringify(c.value)));if(v.length)console.log(r,v.join(' | ').slice(0,300));}
});})();
