const ExcelJS=require('exceljs');
module.exports=async function fill(out,profile,sheets){
  const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./out/blank.xlsx');
  const ps=wb.getWorksheet('基本信息');
  for(let r=3;r<=ps.rowCount;r++){const k=ps.getCell(r,1).value; if(k in profile) ps.getCell(r,2).value=profile[k];}
  for(const [name,rows] of Object.entries(sheets)){
    const ws=wb.getWorksheet(name);
    rows.forEach((row,i)=>row.forEach((v,j)=>{ if(v!==null&&v!==undefined&&v!=='') ws.getCell(3+i,1+j).value=v; }));
  }
  await wb.xlsx.writeFile(out);
};
