const ExcelJS=require('../../node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('blank.xlsx');
const ws=wb.getWorksheet('_lists');for(let c=1;c<=ws.columnCount;c++){const col=[];ws.getColumn(c).eachCell(x=>col.push(x.value));console.log(c,col.join('、'));}
const b=wb.getWorksheet('基本信息');b.eachRow((r,i)=>console.log(i,JSON.stringify(r.values)));
const s=wb.getWorksheet('填报说明');s.eachRow((r,i)=>console.log(i,JSON.stringify(r.values).slice(0,400)));
})();
