const ExcelJS=require('exceljs');const {make,D}=require('./make.js');
(async()=>{let wb=new ExcelJS.Workbook(); wb.addWorksheet('Sheet1'); await wb.xlsx.writeFile('bad/empty.xlsx');
wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('blank.xlsx'); wb.getWorksheet('活动台账').name='活动记录'; wb.getWorksheet('问题整改').name='问题台账 '; await wb.xlsx.writeFile('bad/renamed.xlsx');
await make('bad/huge.xlsx',{单位名称:'测试社区',单位类型:'社区',报告年度:2025,报告期:'上半年',常住人口:-5},{
 问题整改:[['乱张贴',-3,-5,'处'],['占道经营',1e15,1e15,'宗'],['卫生死角',0,0,'处'],['其他','12.7',3,'处']],
 活动台账:[[D('2025-03-01'),'测试活动','其他',-10,'人']],
 宣传投放:[['公益广告',1.5,'块','块','新设','abc',D('2025-03-01')]],
 文字材料:[['导语','<img src=x onerror=alert(1)>'],['下一步打算','']]});
})();
