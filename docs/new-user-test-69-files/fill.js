const ExcelJS=require('exceljs');
async function fill(out, prof, data){
  const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./files/blank.xlsx');
  const p=wb.getWorksheet('基本信息');
  for(let r=3;r<=17;r++){const k=p.getCell('A'+r).value; if(prof[k]!==undefined) p.getCell('B'+r).value=prof[k];}
  for(const [sheet,rows] of Object.entries(data)){const ws=wb.getWorksheet(sheet);
    rows.forEach((row,i)=>row.forEach((v,j)=>{if(v!==null&&v!==undefined) ws.getRow(3+i).getCell(j+1).value=v;}));}
  await wb.xlsx.writeFile(out);console.log('wrote',out);
}
module.exports=fill;
