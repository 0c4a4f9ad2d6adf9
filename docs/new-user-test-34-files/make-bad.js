const ExcelJS=require('exceljs');const {fill,d}=require('./make.js');
(async()=>{
let wb=new ExcelJS.Workbook();wb.addWorksheet('Sheet1');await wb.xlsx.writeFile(__dirname+'/in/bad/empty-wb.xlsx');
// renamed sheets
wb=new ExcelJS.Workbook();await wb.xlsx.readFile(__dirname+'/blank.xlsx');wb.getWorksheet('活动台账').name='活动';wb.getWorksheet('问题整改').name='问题整改 ';await wb.xlsx.writeFile(__dirname+'/in/bad/renamed.xlsx');
await fill({profile:{单位名称:'巨数社区',单位类型:'社区',报告年度:2025,报告期:'上半年',起始日期:d('2025-01-01'),截止日期:d('2025-06-30'),常住人口:'8,000'},
 sheets:{宣传投放:[['公益广告','x',1e12,'块','新设',9.99e15,'','']],问题整改:[['乱张贴',-5,3,'处'],['卫生死角',10.5,10,'处'],['其他',0,0,'处']],活动台账:[[d('2025-03-01'),'测试','其他','1e6','人']],志愿服务:[['队','其他志愿者',100000000,1,1]],文字材料:[['导语','<img src=x onerror=alert(1)>社区共有居民8000人，联系电话13812345678，身份证号110101199001011234。',''],['下一步打算','继续继续做好做好工作。','']]}},'bad/huge.xlsx');
await fill({profile:{单位名称:'',单位类型:'社区',报告年度:'二〇二五',报告期:'下半年',起始日期:d('2025-12-31'),截止日期:d('2025-07-01')},sheets:{}},'bad/noname.xlsx');
})();
