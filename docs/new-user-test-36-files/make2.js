const ExcelJS=require('exceljs');
const fs=require('fs');
async function mk(file, prof, sheets){
  const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile(__dirname+'/blank.xlsx');
  const p=wb.getWorksheet('基本信息');
  for(let r=3;r<=16;r++){const k=p.getCell(r,1).value; if(k in prof) p.getCell(r,2).value=prof[k];}
  for(const [name,rows] of Object.entries(sheets)){const ws=wb.getWorksheet(name);
    rows.forEach((row,i)=>row.forEach((v,j)=>{ if(v!==undefined&&v!==null) ws.getCell(3+i,1+j).value=v;}));}
  fs.mkdirSync(require('path').dirname(__dirname+'/'+file),{recursive:true});
  await wb.xlsx.writeFile(__dirname+'/'+file); console.log('wrote',file);
}
const D=(s)=>new Date(s+'T00:00:00Z');
const comm=(name,pop,extra={})=>({prof:{单位名称:name,单位类型:'社区',报告年度:2025,报告期:'上半年',常住人口:pop,户数:Math.round(pop/2.8),联系电话:'13800000000'},sheets:{
 宣传投放:[['公益广告','小区主干道',20,'块','新设',5000]],
 志愿服务:[[name.replace('居委会','')+'志愿服务队','综合志愿者',80,10,50,'环境清扫','负责人电话13611112222']],
 问题整改:[['乱张贴',30,28,'处'],['卫生死角',10,10,'处']],
 活动台账:[[D('2025-03-05'),'学雷锋志愿服务','志愿服务',40,'人'],[D('2025-05-31'),'端午节包粽子','我们的节日',50,'人']],
 文字材料:[['下一步打算','巩固创建成果。']],...extra}});
(async()=>{
 let c;
 c=comm('向阳社区居委会',5000); await mk('street/1-向阳.xlsx',c.prof,c.sheets);
 c=comm('和平社区居委会',6000); c.sheets.问题整改=[['乱张贴',10,15,'处']]; await mk('street/2-和平-有错误.xlsx',c.prof,c.sheets);
 c=comm('建设社区居委会','７２００'); c.sheets.宣传投放=[['公益广告','主干道','三十','块','新设','两千']]; c.sheets.志愿服务=[['建设社区志愿服务队','综合志愿者','一百二十','１５','约60','环境清扫']]; c.sheets.问题整改=[['乱张贴','４０','三十八','处']]; await mk('street/3-建设-全角.xlsx',c.prof,c.sheets);
 c=comm('光明社区居委会',4000); c.prof.报告期='下半年'; c.sheets.活动台账=[[D('2025-09-05'),'中秋游园','我们的节日',60,'人']]; await mk('street/4-光明-下半年.xlsx',c.prof,c.sheets);
 fs.copyFileSync(__dirname+'/street/1-向阳.xlsx',__dirname+'/street/5-向阳-副本.xlsx');
 // city level
 const dist=(name,short,n)=>({prof:{单位名称:name,单位简称:short,单位类型:'机关部门',报告年度:2025,报告期:'上半年'},sheets:{
  组织保障:[['督查检查','全区创文督查',n,'次']],
  问题整改:[['占道经营',n*10,n*9,'起']],
  活动台账:[[D('2025-03-05'),'学雷锋日集中志愿服务','志愿服务',n*100,'人']],
  其他指标:[['志愿服务','注册志愿者总数',n*1000,'人']]}});
 c=dist('江岸区精神文明建设委员会办公室','江岸区文明办',12); await mk('city/江岸区.xlsx',c.prof,c.sheets);
 c=dist('汉江区精神文明建设委员会办公室','汉江区文明办',8); await mk('city/汉江区.xlsx',c.prof,c.sheets);
 c={prof:{单位名称:'江城市卫生健康委员会',单位简称:'市卫健委',单位类型:'机关部门',报告年度:2025,报告期:'上半年'},sheets:{
   活动台账:[[D('2025-04-07'),'世界卫生日义诊','关爱帮扶',300,'人次'],[D('2025-05-12'),'文明就医宣传','宣传教育',500,'人']],
   问题整改:[['其他',20,18,'个',null,null,null,null,'医院窗口服务问题']]}};
 await mk('city/市卫健委.xlsx',c.prof,c.sheets);
})();
