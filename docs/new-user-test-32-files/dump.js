const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('## '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 const max=+process.argv[3]||6; for(let r=1;r<=Math.min(ws.rowCount,max);r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:true},(c,i)=>v.push(c.value&&c.value.formula?'='+c.value.formula:c.value));console.log(r, JSON.stringify(v));}
 const dv = ws.dataValidations && ws.dataValidations.model; if(dv&&process.argv[4]) console.log('DV',JSON.stringify(dv).slice(0,1500));}})();
