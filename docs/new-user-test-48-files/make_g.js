const E=require('./node_modules/exceljs');
(async()=>{const wb=new E.Workbook();const ws=wb.addWorksheet('上半年工作情况');
ws.mergeCells('A1:E1');ws.getCell('A1').value='城东社区2025年上半年创建文明城市工作情况统计表';
ws.getCell('A2').value='填报单位：城东社区居委会        填报日期：2025年7月2日';
// two-row merged header
ws.mergeCells('A3:A4');ws.getCell('A3').value='序号';
ws.mergeCells('B3:D3');ws.getCell('B3').value='工作情况';
ws.getCell('B4').value='项目';ws.getCell('C4').value='数量';ws.getCell('D4').value='单位';
ws.mergeCells('E3:E4');ws.getCell('E3').value='备注';
const rows=[[1,'宣传栏','１２','块','新换了8块，老宣传栏刷新'],[2,'公益广告','六十余','块',''],[3,'注册志愿者','356人','人','刘书记说要再发展一批'],[4,'整改问题','一百二十','处','主要是楼道堆物，联系人周师傅13900002222'],[5,'发放宣传资料','3,000','份',''],[6,'走访困难家庭','约50','户','']];
rows.forEach((r,i)=>ws.getRow(5+i).values=r);
ws.getRow(11).values=['合计','','','',''];
// activities list under it
ws.getCell('A13').value='上半年主要活动一览';
ws.getRow(14).values=['序号','活动时间','活动名称','参加人数','备注'];
const acts=[[1,'2025.3.5','学雷锋志愿服务进小区','80人','王大姐带着志愿者打扫楼道，联系电话13800001111'],[2,'2025年4月4日','清明节文明祭扫宣传','三十余人',''],[3,'五月三十一日','“端午粽飘香”邻里节','120','居民自己包的粽子，大家很开心'],[4,'2025.6.31','垃圾分类宣传进楼栋','百余人','小李负责拍照']];
acts.forEach((r,i)=>ws.getRow(15+i).values=r);
ws.getCell('A20').value='填表人：张敏  联系电话：0738-8886666';
await wb.xlsx.writeFile('城东社区工作情况.xlsx');console.log('ok')})();
