const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{
 const wb=new ExcelJS.Workbook(); const ws=wb.addWorksheet('三季度工作');
 ws.mergeCells('A1:F1'); ws.getCell('A1').value='锦华苑小区物业服务中心2025年第三季度创文工作台账';
 ws.addRow([]);
 ws.addRow(['序号','时间','活动内容','参加人数','地点','备注']);
 ws.addRow([1,'2025.7.8','楼道堆物集中清理','40人次','1-12栋','']);
 ws.addRow([2,'8月15日','垃圾分类宣传进楼栋','两百户','','联系人：刘经理 13900002222']);
 ws.addRow([3,'2025年9月10日','电动车火灾消防演练','80','地下车库','']);
 ws.addRow(['合计','','','320','','']);
 ws.addRow([]);
 ws.addRow(['序号','问题','发现','整改','单位','']);
 ws.addRow([1,'楼道堆物','１２３','118','处','']);
 ws.addRow([2,'飞线充电','45','40','处','']);
 ws.addRow(['填表人：刘某某','','','审核人：','','']);
 await wb.xlsx.writeFile('./files/in/c-物业自有台账.xlsx');
 require('fs').writeFileSync('./files/in/c-志愿者花名册.csv','姓名,性别,电话,身份证号,所在楼栋\n孙某,男,13900001111,330100195501011234,5栋\n钱某,女,13900003333,330100196001011234,3栋\n李某,女,13900004444,330100196201011234,2栋\n');
})();
