const ExcelJS=require('exceljs');
const H={组织保障:7,宣传投放:8,志愿服务:7,先进典型:7,问题整改:9,活动台账:9,其他指标:7,文字材料:3};
async function make(file,spec){const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(__dirname+'/blank.xlsx');
 const p=wb.getWorksheet('基本信息');
 p.eachRow((r,i)=>{const k=r.getCell(1).value; if(k in spec.profile) r.getCell(2).value=spec.profile[k];});
 for(const [sh,rows] of Object.entries(spec.sheets||{})){const ws=wb.getWorksheet(sh);
  rows.forEach((row,j)=>{row.forEach((v,c)=>{if(v!==undefined&&v!==null) ws.getRow(3+j).getCell(c+1).value=v;});
   if(sh==='问题整改') ws.getRow(3+j).getCell(5).value={formula:`IF(N(B${3+j})=0,"",N(C${3+j})/B${3+j})`};});
 }
 await wb.xlsx.writeFile(file);console.log('wrote',file);}
module.exports=make;
