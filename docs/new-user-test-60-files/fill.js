const ExcelJS=require('exceljs');
const PROFILE=['单位名称','单位简称','单位类型','上级指导单位','工作思路','报告年度','报告期','起始日期','截止日期','常住人口','户数','填报人','联系电话','成文日期','专项名称'];
module.exports=async function fill(src,out,spec){const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(src);
 const p=wb.getWorksheet('基本信息');for(const [k,v] of Object.entries(spec.profile||{})){const i=PROFILE.indexOf(k);if(i<0)throw k;p.getCell(3+i,2).value=v;}
 for(const [sh,rows] of Object.entries(spec.sheets||{})){const ws=wb.getWorksheet(sh);rows.forEach((r,i)=>r.forEach((v,j)=>{if(v!==null&&v!==undefined&&v!=='')ws.getCell(3+i,1+j).value=v;}));}
 await wb.xlsx.writeFile(out);console.log('wrote',out);}
