const ExcelJS=require('exceljs');
module.exports=async function fill(out,spec){
  const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./out/blank.xlsx');
  const p=wb.getWorksheet('基本信息');
  for(let r=3;r<=20;r++){const k=p.getCell(r,1).value; if(k&&spec.profile[k]!==undefined)p.getCell(r,2).value=spec.profile[k];}
  for(const [sheet,rows] of Object.entries(spec.sheets||{})){
    const ws=wb.getWorksheet(sheet);const hdr=ws.getRow(2).values.slice(1);
    rows.forEach((row,i)=>{hdr.forEach((h,j)=>{ if(row[h]!==undefined) ws.getCell(3+i,j+1).value=row[h];});});
  }
  await wb.xlsx.writeFile(out);
}
