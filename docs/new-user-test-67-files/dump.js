const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){if(/填报说明|指标汇总/.test(ws.name))continue;console.log('==',ws.name,ws.rowCount);
for(let r=1;r<=Math.min(ws.rowCount,40);r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,i)=>v.push(i+':'+JSON.stringify(c.value)));if(v.length)console.log(r,v.join(' | '))}
// validations
}})();
