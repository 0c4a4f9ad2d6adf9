const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('##',ws.name,ws.rowCount);for(let r=1;r<=Math.min(ws.rowCount,+process.argv[3]||4);r++){console.log(r,JSON.stringify(ws.getRow(r).values))}})})();
