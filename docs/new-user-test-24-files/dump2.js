const ExcelJS=require('../../node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
const only=process.argv[3];
for(const ws of wb.worksheets){ if(only&&!only.split(',').includes(ws.name))continue; console.log('== '+ws.name+' state='+ws.state+' rows='+ws.rowCount+' cols='+ws.columnCount);
 for(let r=1;r<=ws.rowCount;r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,n)=>{let x=c.value; if(x&&typeof x==='object'&&!(x instanceof Date)) x=JSON.stringify(x).slice(0,60); v.push(c.address+'='+x)}); if(v.length)console.log('  '+v.join(' | '))}
}})();
