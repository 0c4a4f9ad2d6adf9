const ExcelJS=require('../../node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('=== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const n=Math.min(ws.rowCount, +process.argv[3]||6);
 for(let r=1;r<=n;r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,i)=>v.push(c.address+'='+JSON.stringify(c.value)));if(v.length)console.log('  '+v.join(' | ').slice(0,600));}
 const dv = ws.dataValidations && ws.dataValidations.model; if(dv){for(const k of Object.keys(dv).slice(0,20)){const d=dv[k]; if(d.type==='list')console.log('   DV',k,JSON.stringify(d.formulae));}}
}})();
