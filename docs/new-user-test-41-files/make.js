const ExcelJS=require('exceljs');
const COLS={组织保障:['事项类型','名称或内容','数量','单位','日期','频次','备注'],
宣传投放:['类型','位置或内容','数量','单位','方式','投入金额（元）','日期','备注'],
志愿服务:['队伍名称','队伍类型','注册人数','服务次数','服务时长（小时）','主要服务内容','备注'],
先进典型:['荣誉名称','级别','类别','人数','姓名','日期','备注'],
问题整改:['问题类别','发现数','已整改数','单位',null,'责任单位','整改时限','来源','备注'],
活动台账:['日期','活动名称','活动类型','参与数量','单位','地点','主办或协办单位','简要内容','备注'],
其他指标:['板块','指标名称','数值','单位','表述','频次','备注'],
文字材料:['类型','内容','落实情况']};
const PROF=['单位名称','单位简称','单位类型','上级指导单位','工作思路','报告年度','报告期','起始日期','截止日期','常住人口','户数','填报人','联系电话','成文日期','专项名称'];
async function make(file,d){const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(__dirname+'/blank.xlsx');
 const p=wb.getWorksheet('基本信息');PROF.forEach((k,i)=>{if(d.p[k]!==undefined)p.getCell(3+i,2).value=d.p[k];});
 for(const [s,rows] of Object.entries(d)){if(s==='p')continue;const ws=wb.getWorksheet(s);
  rows.forEach((r,i)=>{r.forEach((v,j)=>{if(v===undefined||v===null||v==='')return;
    const col=(s==='问题整改'&&j>=4)?j+2:j+1; ws.getCell(3+i,col).value=v;});
   if(s==='问题整改'){ws.getCell(3+i,5).value={formula:`IF(N(B${3+i})=0,"",C${3+i}/B${3+i})`};}});
  const t=ws.getTables?ws.getTables():[];}
 await wb.xlsx.writeFile(file);console.log('wrote',file);}
module.exports=make;
if(require.main===module){const all=require('./data.js');(async()=>{for(const [f,d] of Object.entries(all))await make(__dirname+'/in/'+f,d);})();}
