const ExcelJS=require('./node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('==',ws.name,ws.state,'tables:',Object.keys(ws.tables||{}).join(','));
ws.eachRow((r,i)=>{if(i<=12)console.log(i,JSON.stringify(r.values).slice(0,300))});});})();
