const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('=== '+ws.name+' rows='+ws.rowCount+' state='+ws.state);
 const max=+process.argv[3]||12; for(let r=1;r<=Math.min(ws.rowCount,max);r++){const v=ws.getRow(r).values.slice(1).map(x=>x&&typeof x==='object'?JSON.stringify(x).slice(0,60):x);if(v.length)console.log(r,JSON.stringify(v));}
 const dv=ws.dataValidations&&ws.dataValidations.model; if(dv){const k=Object.keys(dv).slice(0,30);for(const key of k){const d=dv[key];if(d.type==='list')console.log('  DV',key,d.formulae);}}
});})();
