const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('==',ws.name,ws.state,Object.keys(ws.tables||{}));for(let r=1;r<=Math.min(ws.rowCount,25);r++){const v=ws.getRow(r).values;if(v.length)console.log(r,JSON.stringify(v.slice(1)).slice(0,200))}})})();
