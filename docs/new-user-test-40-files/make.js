const ExcelJS=require('exceljs');
const P={'单位名称':3,'单位简称':4,'单位类型':5,'上级指导单位':6,'工作思路':7,'报告年度':8,'报告期':9,'起始日期':10,'截止日期':11,'常住人口':12,'户数':13,'填报人':14,'联系电话':15,'成文日期':16,'专项名称':17};
async function make(file,u){const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(__dirname+'/blank.xlsx');
 const b=wb.getWorksheet('基本信息'); for(const [k,v] of Object.entries(u.info)) b.getCell(P[k],2).value=v;
 for(const [sh,rows] of Object.entries(u.sheets||{})){const ws=wb.getWorksheet(sh); rows.forEach((r,i)=>r.forEach((v,j)=>{if(v!==undefined&&v!==null) ws.getCell(3+i,1+j).value=v;}));}
 await wb.xlsx.writeFile(__dirname+'/'+file);console.log('wrote',file);}
module.exports=make;
if(require.main===module){const units=require(process.argv[2]||'./units.js');(async()=>{for(const [f,u] of Object.entries(units)) await make(f,u);})();}
