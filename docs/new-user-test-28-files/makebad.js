const ExcelJS=require('exceljs');const make=require('./make.js');const fs=require('fs');
(async()=>{
 let wb=new ExcelJS.Workbook();wb.addWorksheet('Sheet1');await wb.xlsx.writeFile('bad/empty.xlsx');
 // wrong sheet names: rename template sheets
 wb=new ExcelJS.Workbook();await wb.xlsx.readFile('blank.xlsx');wb.getWorksheet('活动台账').name='活动台帐';wb.getWorksheet('基本信息').getCell('B3').value='测试社区';wb.getWorksheet('基本信息').getCell('B5').value='社区';wb.getWorksheet('基本信息').getCell('B8').value=2025;wb.getWorksheet('基本信息').getCell('B9').value='上半年';
 wb.getWorksheet('活动台帐').getCell('A3').value=new Date(Date.UTC(2025,2,1));wb.getWorksheet('活动台帐').getCell('B3').value='学雷锋';wb.getWorksheet('活动台帐').getCell('C3').value='志愿服务';
 await wb.xlsx.writeFile('bad/renamed_sheet.xlsx');
 fs.writeFileSync('bad/csv_as.xlsx','a,b\n1,2\n');fs.writeFileSync('bad/zero.xlsx','');
 await make('bad/huge.xlsx',{profile:{'单位名称':'巨数社区','单位类型':'社区','报告年度':2025,'报告期':'上半年','常住人口':'1e9'},
  pub:[['公益广告','全市',99999999999,'块','新设',1e15,'2025.3.1']],
  vol:[['队','综合志愿者',-5,null,null,'x']],
  rec:[['乱张贴',5,'-1','处'],['卫生死角',0,0,'处'],['占道经营',1.5,1,'处']],
  act:[['2025.3.1','活动','其他','9999999人','人'],['2099.1.1','未来活动','其他',1,'人'],['45000','序列号日期','其他',1,'人']],
  txt:[['导语','<img src=x onerror=alert(1)>测试'],['下一步打算','']]});
 await make('bad/noprofile.xlsx',{profile:{},act:[['2025.3.1','x','其他',1,'人']]});
 await make('bad/period_mismatch.xlsx',{profile:{'单位名称':'错期社区','单位类型':'社区','报告年度':2025,'报告期':'上半年','起始日期':'2025.7.1','截止日期':'2025.3.1'},act:[['2025.3.1','x','其他',1,'人']]});
})();
