const ExcelJS=require('./node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{if(ws.state!=='visible')return;console.log('##',ws.name,ws.rowCount);
for(let r=1;r<=Math.min(ws.rowCount,20);r++){const v=ws.getRow(r).values.slice(1).map(x=>x&&x.formula?'='+x.formula:x);console.log(r,JSON.stringify(v).slice(0,250));}
});})();
