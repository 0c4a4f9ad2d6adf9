const ExcelJS=require('../../node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const max=Math.min(ws.rowCount,+process.argv[3]||6);
 for(let r=1;r<=max;r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,n)=>{let x=c.value; if(x&&typeof x==='object') x=JSON.stringify(x).slice(0,80); v.push(c.address+'='+x)}); if(v.length)console.log('  '+v.join(' | '))}
 for(const t of Object.values(ws.tables||{})) console.log('  table', t.name||t.table?.name, t.ref||t.table?.ref);
 const dv=ws.dataValidations&&ws.dataValidations.model; if(dv){for(const [k,o] of Object.entries(dv).slice(0,40)) if(o.type==='list') console.log('  DV',k,o.formulae&&o.formulae[0])}
}})();
