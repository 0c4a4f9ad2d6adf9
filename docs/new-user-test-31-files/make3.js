const ExcelJS=require('exceljs');
async function fill(out, d){const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(__dirname+'/blank.xlsx');
 const p=wb.getWorksheet('基本信息');
 for(let r=3;r<=16;r++){const k=p.getCell('A'+r).value; if(d.profile[k]!==undefined) p.getCell('B'+r).value=d.profile[k];}
 for(const [sheet,rows] of Object.entries(d)){ if(sheet==='profile')continue; const ws=wb.getWorksheet(sheet);
   rows.forEach((row,i)=>{row.forEach((v,j)=>{ if(v!==null&&v!==undefined) ws.getRow(3+i).getCell(j+1).value=v;});});
   // extend table ref
   const t=ws.tables && Object.values(ws.tables)[0];
 }
 await wb.xlsx.writeFile(__dirname+'/'+out);console.log('wrote',out);}
const D=(s)=>new Date(s+'T00:00:00Z');
(async()=>{
await fill('j-医院.xlsx',{profile:{单位名称:'某区人民医院',单位类型:'企事业单位',上级指导单位:'区卫健委',报告年度:2025,报告期:'上半年',常住人口:1200,户数:null,成文日期:'2025-07-10'},
 组织保障:[['领导小组','医院创文工作领导小组',1,'个','2025.2.1',null,null]],
 宣传投放:[['展板','门诊大厅健康教育展板',20,'块','新设',3000,'2025.3.1',null]],
 志愿服务:[['白衣天使志愿服务队','专业志愿者',150,30,600,'义诊、导诊',null]],
 先进典型:[['最美医生','市','敬业奉献',2,'张医生 13800001111、李护士','2025.5.12',null]],
 问题整改:[['其他',30,28,'处',null,'后勤科',null,null,'院内环境']],
 活动台账:[['2025.3.5','学雷锋义诊进社区','志愿服务',200,'人次','某社区',null,null,null],['2025.5.12','护士节表彰','其他',100,'人',null,null,null,null]],
 其他指标:[], 文字材料:[['存在不足','门诊高峰期就医秩序有待改善。',null],['下一步打算','优化预约诊疗。',null]]});
})();
