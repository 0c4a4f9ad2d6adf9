const fill=require('./make.js');
function comm(name,street,period,vals){return {profile:{'单位名称':name,'单位类型':'社区','上级指导单位':street,'报告年度':2025,'报告期':period||'上半年','起始日期':period==='下半年'?new Date('2025-07-01'):new Date('2025-01-01'),'截止日期':period==='下半年'?new Date('2025-12-31'):new Date('2025-06-30'),'常住人口':vals.pop,'户数':vals.hh},
sheets:{'组织保障':[['领导小组',name+'创文领导小组',1,'个',null,null,null]],
'宣传投放':[['公益广告','小区公益广告',vals.ads,'块','新设',vals.money,null,null]],
'志愿服务':[[name+'志愿服务队','综合志愿者',vals.vol,10,200,'环境清扫',vals.volnote||null]],
'问题整改':[['乱张贴',vals.found,vals.fixed,'处',null,null,null,null,null],['其他',10,9,'处',null,null,null,null,'楼道堆物']],
'活动台账':[[period==='下半年'?new Date('2025-09-15'):new Date('2025-04-10'),'环境卫生大扫除','环境整治',vals.act,'人次',null,null,null,vals.actnote||null]],
'文字材料':[['存在不足','居民参与不足',null],['下一步打算',name+'将继续加强宣传',null]]}};}
(async()=>{
 const st='东城街道办事处';
 await fill(comm('向阳社区居委会',st,'上半年',{pop:8000,hh:2600,ads:40,money:5000,vol:300,found:50,fixed:48,act:200,volnote:'联系人刘阿姨13712341234'}),'f/向阳社区.xlsx');
 await fill(comm('光明社区居委会',st,'上半年',{pop:'约6000',hh:'两千',ads:'百余',money:'1.2万',vol:'约200',found:'三十',fixed:'３０',act:'1.2万'}),'f/光明社区.xlsx');
 await fill(comm('和平社区居委会',st,'上半年',{pop:7000,hh:2200,ads:30,money:3000,vol:150,found:20,fixed:25,act:100}),'f/和平社区-有错.xlsx');
 await fill(comm('东湖社区居委会',st,'下半年',{pop:9000,hh:3000,ads:60,money:6000,vol:400,found:70,fixed:70,act:300}),'f/东湖社区-下半年.xlsx');
 // street two more for district
 await fill(comm('桃园社区居委会','西城街道办事处','上半年',{pop:5000,hh:1500,ads:20,money:2000,vol:100,found:15,fixed:15,act:80}),'g/桃园社区.xlsx');
})();
