const ExcelJS=require('exceljs');
module.exports=async function fill(out,data){const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./out/blank.xlsx');
 for(const [sheet,v] of Object.entries(data)){const ws=wb.getWorksheet(sheet);
  if(sheet==='基本信息'){for(let r=3;r<=17;r++){const k=ws.getCell(r,1).value;if(v[k]!==undefined)ws.getCell(r,2).value=v[k];}continue;}
  v.forEach((row,i)=>row.forEach((x,j)=>{if(x!==null&&x!==undefined&&x!=='')ws.getCell(3+i,1+j).value=x;}));}
 await wb.xlsx.writeFile(out);console.log('wrote',out);}
