const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('==',ws.name,ws.rowCount);for(let r=1;r<=Math.min(ws.rowCount,20);r++){const v=ws.getRow(r).values;if(ws.name==='填报说明'||ws.name.startsWith('_'))continue;console.log(r,JSON.stringify(v.slice(1)));}
console.log('tables',Object.keys(ws.tables||{}).join(','));});})();
