const ExcelJS=require('exceljs'); const make=require('./make.js');
(async()=>{
let wb=new ExcelJS.Workbook(); wb.addWorksheet('Sheet1'); await wb.xlsx.writeFile('bad/empty.xlsx');
wb=new ExcelJS.Workbook(); await wb.xlsx.readFile('blank.xlsx'); wb.getWorksheet('活动台账').name='活动'; wb.getWorksheet('问题整改').name='问题整改 '; 
wb.getWorksheet('基本信息').getCell('B3').value='测试社区'; wb.getWorksheet('基本信息').getCell('B5').value='社区';wb.getWorksheet('基本信息').getCell('B8').value=2025;wb.getWorksheet('基本信息').getCell('B9').value='上半年';
wb.getWorksheet('活动').getCell('A3').value='2025/3/3';wb.getWorksheet('活动').getCell('B3').value='学雷锋';wb.getWorksheet('活动').getCell('C3').value='志愿服务';wb.getWorksheet('活动').getCell('D3').value=30;wb.getWorksheet('活动').getCell('E3').value='人';
await wb.xlsx.writeFile('bad/renamed.xlsx');
await make('bad/huge.xlsx',{单位名称:'巨数社区',单位类型:'社区',报告年度:2025,报告期:'上半年',起始日期:'2025/1/1',截止日期:'2025/6/30',常住人口:'3000'},{
 pub:[['公益广告','全区',1e15,'块','新设',99999999999999]],rec:[['乱张贴',10,-3,'处'],['占道经营',1e12,1e12,'处']],act:[['2025/3/3','大活动','文体活动',123456789012,'人'],['1900/1/1','旧活动','其他',5,'人'],[45700,'序列号日期','其他',5,'人']],vol:[['队','其他',0.5]]});
})();
