const ExcelJS=require('./repo/node_modules/exceljs');
const BLANK='./files/blank.xlsx';
const profRows={单位名称:3,单位简称:4,单位类型:5,上级指导单位:6,工作思路:7,报告年度:8,报告期:9,起始日期:10,截止日期:11,常住人口:12,户数:13,填报人:14,联系电话:15,成文日期:16,专项名称:17};
async function make(out, profile, sheets, base=BLANK){
  const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile(base);
  const p=wb.getWorksheet('基本信息');
  for(const [k,v] of Object.entries(profile)) p.getCell('B'+profRows[k]).value=v;
  for(const [name,rows] of Object.entries(sheets||{})){
    const ws=wb.getWorksheet(name);
    let start=3; if(base!==BLANK){ // append after last used row
      start=3; while(ws.getRow(start).values.slice(1).some(v=>v!==null&&v!==undefined&&!(typeof v==='object'&&v.formula))) start++; }
    rows.forEach((r,i)=>r.forEach((v,j)=>{ if(v!==undefined&&v!==null&&v!=='') ws.getRow(start+i).getCell(j+1).value=v; }));
  }
  await wb.xlsx.writeFile(out); console.log('wrote',out);
}
module.exports={make};
