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
const comm=(name,n,err,extra={})=>({profile:Object.assign({单位名称:name,单位类型:'社区',上级指导单位:'城南街道办事处',报告年度:2025,报告期:'上半年',常住人口:5000+n*100,户数:1800+n*10,成文日期:'2025-07-02'},extra),
 组织保障:[['领导小组',name+'创文领导小组',1,'个','2025.1.5',null,null]],
 宣传投放:[['公益广告','小区公益广告',20+n,'块','新设',1000*n,'2025.3.1',null]],
 志愿服务:[[name+'志愿服务队','综合志愿者',100+n,10,200,'环境清扫','队长电话1390000000'+n]],
 先进典型:[['社区好人','社区/村','助人为乐',2,null,'2025.5.1',null]],
 问题整改:[['乱张贴',30+n,err?40+n:28+n,'处',null,'物业',null,null,null]],
 活动台账:[['2025.4.4','清明节祭英烈','我们的节日',50+n,'人',null,null,null,null],['2025.5.10','环境大扫除','环境整治',80,'人次',null,null,null,'身份证320102198001011234']],
 其他指标:[], 文字材料:[['下一步打算',name+'自己的打算：加强物业管理。',null]]});
await fill('f1-东风社区.xlsx',comm('东风社区居委会',1,false));
await fill('f2-西湖社区.xlsx',comm('西湖社区居委会',2,true));
await fill('f3-南苑社区.xlsx',comm('南苑社区居委会',3,false,{单位名称:''}));
const town=(name,n)=>({profile:{单位名称:name,单位类型:'乡镇',上级指导单位:'县文明办',报告年度:2025,报告期:'全年',常住人口:20000+n*1000,成文日期:'2025-12-28'},
 组织保障:[['领导小组','镇创文领导小组',1,'个','2025.1.5',null,null],['督查检查','村庄环境督查',10*n,'次',null,null,null]],
 宣传投放:[['墙绘','乡村文化墙',10*n,'处','新设',5000*n,'2025.3.1',null]],
 志愿服务:[[name+'新时代文明实践志愿服务队','综合志愿者',300*n,20,'约'+(500*n),'移风易俗、环境整治',null]],
 先进典型:[['星级文明户','社区/村','其他',50*n,null,null,null],['县级道德模范','县/区','孝老爱亲',1,null,'2025.9.1',null]],
 问题整改:[['卫生死角',100*n,95*n,'处',null,'各村',null,null,null]],
 活动台账:[['2025.6.1','端午包粽子','我们的节日',100*n,'人次',null,null,null,null],['2025.10.1','国庆文艺汇演','文体活动',500,'人次',null,null,null,null]],
 其他指标:[['环境整治','清运垃圾',(200*n)+'吨'.replace('吨',''),'吨','精确',null,null]], 文字材料:[]});
for (const [i,t] of ['青石镇','白沙镇','红岭乡','金桥镇'].entries()) await fill('g'+(i+1)+'-'+t+'.xlsx',town(t+(t.endsWith('乡')?'人民政府':'人民政府'),i+1));
})();
