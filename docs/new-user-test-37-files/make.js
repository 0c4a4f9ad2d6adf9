const ExcelJS=require('exceljs');
async function fill(spec,out){
  const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(__dirname+'/blank.xlsx');
  const p=wb.getWorksheet('基本信息');
  p.eachRow((r,i)=>{const k=r.getCell(1).value; if(k in spec.profile) r.getCell(2).value=spec.profile[k];});
  for(const [sheet,rows] of Object.entries(spec.sheets||{})){
    const ws=wb.getWorksheet(sheet); rows.forEach((row,j)=>row.forEach((v,c)=>{ if(v!==undefined&&v!==null) ws.getRow(3+j).getCell(c+1).value=v;}));
  }
  await wb.xlsx.writeFile(__dirname+'/'+out); console.log('wrote',out);
}
module.exports=fill;
if(require.main===module){ (async()=>{ for(const f of process.argv.slice(2)){ const s=require('./'+f); await fill(s.spec,s.out);} })(); }
