const ExcelJS=require('../../node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('=== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 ws.eachRow((r,i)=>{if(i>12)return;console.log(i, JSON.stringify(r.values.slice(1)).slice(0,400));});
 const dv = ws.dataValidations && ws.dataValidations.model; if(dv){const ks=Object.keys(dv).slice(0,30); for(const k of ks){const d=dv[k]; console.log('  DV',k,d.type,JSON.stringify(d.formulae))}}
});})();
