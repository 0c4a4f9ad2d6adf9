const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('## '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const max=+process.argv[3]||6; for(let r=1;r<=Math.min(ws.rowCount,max);r++){const v=ws.getRow(r).values.slice(1).map(x=>x&&typeof x==='object'?JSON.stringify(x).slice(0,60):x);console.log(r,JSON.stringify(v));}
 const dv=ws.dataValidations&&ws.dataValidations.model; if(dv&&process.argv[4]){for(const k in dv){const d=dv[k]; if(d.type==='list')console.log('  DV',k,d.formulae);}}
}})();
