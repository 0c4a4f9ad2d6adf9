const ExcelJS=require('exceljs');
async function mk(file, prof, sheets){
  const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('blank.xlsx');
  const p=wb.getWorksheet('基本信息');
  for(let r=3;r<=16;r++){const k=p.getCell(r,1).value; if(k in prof) p.getCell(r,2).value=prof[k];}
  for(const [name,rows] of Object.entries(sheets)){const ws=wb.getWorksheet(name);
    rows.forEach((row,i)=>row.forEach((v,j)=>{ if(v!==undefined && v!==null) ws.getCell(3+i,1+j).value=v;}));}
  await wb.xlsx.writeFile(file); console.log('wrote',file);
}
const U=undefined;
(async()=>{
await mk('n-医院.xlsx',{单位名称:'青山县人民医院',单位类型:'企事业单位',报告年度:2025,报告期:'上半年',常住人口:1200,户数:300,工作思路:'以“文明服务、温馨就医”为主线'},{
 '组织保障':[['领导小组','医院创建文明单位领导小组',1,'个',U,U,U],['督查检查','行风暗访',24,'次',U,'每周1次',U]],
 '宣传投放':[['电子屏','门诊大厅',6,'块','新设',U,U,U],['宣传资料','健康教育处方','3.5万','份','发放','约2万',U,U]],
 '志愿服务':[['“白衣天使”志愿服务队','专业志愿者',260,48,'1500',U,U]],
 '先进典型':[['最美医生','市','敬业奉献',2,U,U,U],['道德模范','全国','助人为乐',1,U,U,U]],
 '问题整改':[['其他',45,45,'件',U,U,U,U,'患者投诉'],['乱停放','20','18','处',U,U,U,U,U]],
 '活动台账':[['2025.5.12','护士节表彰','会议培训',200,'人',U,U,U,U],['2025.3.1','义诊进社区','志愿服务',1200,'人次','东湖社区',U,U,U],['2025.6.22','端午送健康','我们的节日',300,'人次',U,U,U,U],['2025.4.10','院内环境大扫除','环境整治',150,'人',U,U,U,U]],
 '其他指标':[['关爱帮扶','减免困难患者医疗费用','26.8万','元',U,U,U],['其他','患者满意度','96.5','%',U,U,U]],
 '文字材料':[['存在不足','就医高峰时段停车难问题仍较突出。'],['下一步打算','优化预约诊疗。'],['下一步打算','优化预约诊疗。']],
});
})();
