const fill=require('./make.js');
function street(name,v){return {profile:{'单位名称':name,'单位简称':v.short,'单位类型':'街道','上级指导单位':'区文明办','报告年度':2025,'报告期':'上半年','起始日期':new Date('2025-01-01'),'截止日期':new Date('2025-06-30'),'常住人口':v.pop,'户数':v.hh},
sheets:{'组织保障':[['领导小组','街道创文指挥部',1,'个',null,null,null],['督查检查','街道领导带队督查',v.insp,'次',null,null,null]],
'宣传投放':[['公益广告','主次干道公益广告',v.ads,'块','新设',v.money,null,null]],
'志愿服务':[[v.short+'志愿服务总队','综合志愿者',v.vol,50,1000,'文明劝导',null]],
'先进典型':[['街道好人','街道/乡镇','助人为乐',v.good,null,null,null]],
'问题整改':[['占道经营',v.found,v.fixed,'处',null,null,null,null,null],['流动摊点',v.f2,v.f2,'处',null,null,null,null,null]],
'活动台账':[[new Date('2025-03-05'),'学雷锋志愿服务月启动','志愿服务',v.act,'人次',null,null,null,null],[new Date('2025-05-31'),'端午节“粽情邻里”','我们的节日',v.act2,'人',null,null,null,null]],
'其他指标':[['环境整治','清理小广告',v.ad2,'处','余',null,null]],
'文字材料':[['存在不足',v.short+'背街小巷管理薄弱',null],['下一步打算',v.short+'推进老旧小区改造',null]]}};}
(async()=>{
 await fill(street('东城街道办事处',{short:'东城街道',pop:52000,hh:18000,insp:24,ads:300,money:45000,vol:2600,good:8,found:120,fixed:110,f2:60,act:500,act2:300,ad2:2000}),'g/东城街道.xlsx');
 await fill(street('西城街道办事处',{short:'西城街道',pop:48000,hh:16000,insp:20,ads:'约260',money:'3.8万',vol:'2千余',good:6,found:90,fixed:90,f2:40,act:400,act2:260,ad2:1500}),'g/西城街道.xlsx');
 await fill(street('南湖街道办事处',{short:'南湖街道',pop:61000,hh:21000,insp:30,ads:420,money:60000,vol:3100,good:10,found:200,fixed:180,f2:80,act:700,act2:500,ad2:3200}),'g/南湖街道.xlsx');
 await fill({profile:{'单位名称':'城南区民政局','单位简称':'区民政局','单位类型':'机关部门','上级指导单位':'区文明办','报告年度':2025,'报告期':'上半年','起始日期':new Date('2025-01-01'),'截止日期':new Date('2025-06-30')},
  sheets:{'组织保障':[['领导小组','局创文领导小组',1,'个',null,null,null]],'志愿服务':[['民政志愿服务队','专业志愿者',80,20,400,'养老服务',null]],
  '问题整改':[['其他',30,28,'处',null,null,null,null,'养老机构消防隐患']],
  '活动台账':[[new Date('2025-05-20'),'文明婚俗宣传','宣传教育',200,'人',null,null,null,null]],
  '其他指标':[['关爱帮扶','走访困难家庭',560,'户','精确',null,null]],'文字材料':[['下一步打算','推进移风易俗',null]]}},'g/区民政局.xlsx');
})();
