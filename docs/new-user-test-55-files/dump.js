const ExcelJS=require('./node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('==',ws.name,ws.rowCount,'x',ws.columnCount, ws.state);
 const n=Math.min(ws.rowCount, +process.argv[3]||6);
 for(let r=1;r<=n;r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,i)=>{let x=c.value; if(x&&typeof x==='object') x=JSON.stringify(x).slice(0,60); v.push(i+':'+x)});if(v.length)console.log(' ',r,v.join(' | '))}
 const dv=ws.dataValidations&&ws.dataValidations.model; if(dv){for(const k of Object.keys(dv).slice(0,30)){const d=dv[k]; if(d.type==='list')console.log('   DV',k,d.formulae)}}
}})();
