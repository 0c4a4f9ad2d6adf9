const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('==',ws.name,ws.state,'rows',ws.rowCount,'tables',Object.keys(ws.tables||{}).join(','));
 for(let r=1;r<=Math.min(ws.rowCount,22);r++){const v=ws.getRow(r).values; if(v.length) console.log(r, JSON.stringify(v.slice(1)).slice(0,200));}});})();
