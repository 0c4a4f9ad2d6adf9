const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 for(let r=1;r<=Math.min(ws.rowCount,+process.argv[3]||4);r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,i)=>v.push(i+':'+JSON.stringify(c.value).slice(0,80)));if(v.length)console.log(' r'+r,v.join(' | '));}
 const dv=ws.dataValidations&&ws.dataValidations.model; if(dv){const ks=Object.keys(dv);ks.slice(0,30).forEach(k=>{if(dv[k].type==='list')console.log('  DV',k,dv[k].formulae)})}
});})();
