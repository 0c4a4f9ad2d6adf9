const ExcelJS=require('exceljs');const make=require('./make.js');
(async()=>{
 let wb=new ExcelJS.Workbook(); wb.addWorksheet('Sheet1'); await wb.xlsx.writeFile('bad/empty.xlsx');
 wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('blank.xlsx'); wb.getWorksheet('活动台账').name='活动台帐'; wb.getWorksheet('基本信息').getCell('B3').value='测试社区'; wb.getWorksheet('基本信息').getCell('B5').value='社区';wb.getWorksheet('基本信息').getCell('B8').value=2025;wb.getWorksheet('基本信息').getCell('B9').value='上半年';await wb.xlsx.writeFile('bad/renamed.xlsx');
 await make('bad/huge.xlsx',{单位名称:'巨量社区',单位类型:'社区',报告年度:2025,报告期:'上半年',常住人口:'1e12'},{
  宣传投放:[['公益广告','全城',999999999999,'块','新设',1e15,'2025/3/1',''],['横幅','x',-5,'条','新设',-100,'2025/3/2',''],['展板','x',2.5,'块','新设','','2025/3/3','']],
  志愿服务:[['超大队','综合志愿者',123456789,1,99999999,'x','']],
  问题整改:[['乱张贴',0,0,'处'],['卫生死角',10,'十一','处'],['其他','',5,'处']],
  活动台账:[['2025/13/1','日期错','其他',10,'人'],['2024/6/1','去年活动','其他',10,'人'],['2025-02-29','闰日','其他',10,'人'],['45000','序列号日期','其他',10,'人'],['三月五日','中文日期','其他',10,'人']],
  先进典型:[['好人',' 省级 ','其他',0,'','',''],['十佳','系统内','其他',3,'','','']],
  文字材料:[['导语','<img src=x onerror=alert(1)>'],['总结','不在列表']]});
 await make('bad/emptyledgers.xlsx',{单位名称:'空社区',单位类型:'社区',报告年度:2025,报告期:'上半年'},{});
 await make('bad/noprofile.xlsx',{},{活动台账:[['2025/3/1','x','其他',1,'人']]});
})();
