const ExcelJS=require('./node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('==',ws.name,ws.state,'rows',ws.rowCount,'tables',Object.keys(ws.tables||{}).map(k=>k+':'+(ws.tables[k].table?ws.tables[k].table.ref||ws.tables[k].ref:'')));
 if(['填报说明','_lists','指标汇总'].includes(ws.name))continue;
 ws.eachRow((r,i)=>{if(i<8)console.log(i,JSON.stringify(r.values.slice(1)))});}
})();
