const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('=== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const max=process.argv[3]?+process.argv[3]:6;
 ws.eachRow((r,i)=>{if(i<=max)console.log(i, JSON.stringify(r.values.slice(1).map(v=>v&&v.formula?('='+v.formula):v)).slice(0,400))});
 for(const [k,t] of Object.entries(ws.tables||{})) console.log(' table',k);
 // validations
 const dv=ws.dataValidations&&ws.dataValidations.model; if(dv){const ks=Object.keys(dv).slice(0,20); for(const k of ks){const d=dv[k]; if(d.type==='list') console.log(' dv',k,d.formulae)}}
}})();
