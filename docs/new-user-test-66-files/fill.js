const ExcelJS=require('exceljs');
module.exports=async function(out,spec){
  const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./out/blank.xlsx');
  const p=wb.getWorksheet('基本信息');
  for(let r=3;r<=17;r++){const k=p.getCell(r,1).value;if(spec.profile[k]!==undefined)p.getCell(r,2).value=spec.profile[k];}
  for(const [sheet,rows] of Object.entries(spec)){ if(sheet==='profile')continue;
    const ws=wb.getWorksheet(sheet);
    rows.forEach((row,i)=>row.forEach((v,j)=>{ if(v!==null&&v!==undefined) ws.getCell(3+i,1+j).value=v;}));
  }
  await wb.xlsx.writeFile(out);
};
