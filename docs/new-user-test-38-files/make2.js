const make=require('./make.js');
const base=(name,extra={})=>({p:Object.assign({单位名称:name,单位类型:'社区',上级指导单位:'城南街道',报告年度:2025,报告期:'上半年',起始日期:'2025/1/1',截止日期:'2025/6/30',常住人口:5000,户数:1800},extra.p||{}),s:extra.s||{
 问题整改:[['乱张贴',30,28,'处',null,null,null,null,null],['其他',10,9,'处',null,null,null,null,'楼道堆物不规范']],
 活动台账:[['2025/3/5','学雷锋志愿服务','志愿服务',50,'人',null,null,null,null],['2025/6/1','端午包粽子','我们的节日',80,'人',null,null,null,null]],
 志愿服务:[[name+'志愿服务队','综合志愿者',120,10,300,'环境清扫',null]],
 宣传投放:[['公益广告','小区',20,'块','新设',5000,null,null]],
 文字材料:[['下一步打算','继续做好创建工作。',null]]}});
(async()=>{
const fs=require('fs');fs.mkdirSync(__dirname+'/street',{recursive:true});const d=__dirname+'/street/';
await make(d+'望江社区.xlsx',base('望江社区居委会'));
await make(d+'锦绣社区.xlsx',base('锦绣社区居委会',{s:{问题整改:[['其他',5,7,'处',null,null,null,null,'路灯不亮']],活动台账:[['2025/13/1','错误日期活动','其他',10,'人',null,null,null,null]]}}));
await make(d+'文字社区.xlsx',base('南湖社区居委会',{s:{志愿服务:[['南湖志愿队','综合志愿者','约200',null,'1.2万','巡逻',null]],问题整改:[['卫生死角','百余','三十余','处',null,null,null,null,null]],活动台账:[['2025/4/4','清明祭英烈','我们的节日','百余','人',null,null,null,null]],宣传投放:[['道旗','主干道','三十余','面','新设','1.2万',null,null]]}}));
await make(d+'下半年社区.xlsx',base('东湖社区居委会',{p:{报告期:'下半年',起始日期:'2025/7/1',截止日期:'2025/12/31'}}));
await make(d+'望江社区(1).xlsx',base('望江社区居委会'));
await make(d+'自有列社区.xlsx',Object.assign(base('西湖社区居委会'),{extra:wb=>{const ws=wb.getWorksheet('活动台账');ws.getCell('J2').value='网格员';ws.getCell('K2').value='照片编号';ws.getCell('J3').value='赵六 13512341234';ws.getCell('K3').value='IMG001';}}));
// county
fs.mkdirSync(__dirname+'/county',{recursive:true});const c=__dirname+'/county/';
for(const [n,i] of [['青石镇人民政府',1],['白沙镇人民政府',2],['红岩乡人民政府',3],['马鞍镇人民政府',4]]){
 await make(c+n+'.xlsx',{p:{单位名称:n,单位类型:'乡镇',报告年度:2025,报告期:'全年',起始日期:'2025/1/1',截止日期:'2025/12/31',常住人口:20000*i,户数:6000*i},s:{
  问题整改:[['违章搭建',10*i,9*i,'处',null,null,null,null,null],['其他',20,20,'处',null,null,null,null,'农村人居环境脏乱差']],
  活动台账:[['2025/9/20','乡村大舞台','文体活动',300*i,'人次',null,null,null,null]],
  先进典型:[['星级文明户','社区/村','其他',30*i,null,null,null],['好人','县/区','助人为乐',i,null,null,null]],
  志愿服务:[[n.replace('人民政府','')+'新时代文明实践志愿队','综合志愿者',500*i,50,2000,'文明实践',null]]}});}
await make(c+'县教育局.xlsx',{p:{单位名称:'江城县教育局',单位简称:'县教育局',单位类型:'机关部门',报告年度:2025,报告期:'全年',起始日期:'2025/1/1',截止日期:'2025/12/31'},s:{活动台账:[['2025/9/10','教师节表彰','其他',200,'人',null,null,null,null]],志愿服务:[['教育系统志愿队','专业志愿者',300,20,600,'家校共育',null]]}});
})();
