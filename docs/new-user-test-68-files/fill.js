// usage: require('./fill')(outPath, profile, sheets)
const path=require('path');
const ExcelJS=require('exceljs');
module.exports=async function(out, profile, sheets){
  const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./files/blank.xlsx');
  const p=wb.getWorksheet('基本信息');
  for(let r=3;r<=p.rowCount;r++){const k=p.getCell(r,1).value; if(k in profile) p.getCell(r,2).value=profile[k];}
  for(const [name,rows] of Object.entries(sheets)){
    const ws=wb.getWorksheet(name);
    rows.forEach((row,i)=>row.forEach((v,j)=>{ if(v!==undefined&&v!==null) ws.getCell(3+i,1+j).value=v;}));
  }
  await wb.xlsx.writeFile(out);
};
