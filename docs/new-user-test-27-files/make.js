const ExcelJS=require('exceljs');
const P=['单位名称','单位简称','单位类型','上级指导单位','工作思路','报告年度','报告期','起始日期','截止日期','常住人口','户数','填报人','联系电话','成文日期'];
async function make(file, u){
  const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('blank.xlsx');
  const prof=wb.getWorksheet('基本信息');
  for(const [k,v] of Object.entries(u.profile)){const i=P.indexOf(k); if(i<0) throw k; prof.getCell(3+i,2).value=v;}
  for(const sh of ['组织保障','宣传投放','志愿服务','先进典型','问题整改','活动台账','其他指标','文字材料']){
    const rows=u[sh]||[]; const ws=wb.getWorksheet(sh);
    rows.forEach((r,ri)=>r.forEach((v,ci)=>{ if(v!==undefined&&v!==null) ws.getCell(3+ri,1+ci).value=v; }));
  }
  await wb.xlsx.writeFile(file); console.log('wrote',file);
}
module.exports={make};
