// hand-made office workbook (NOT from the template): one sheet, two tables (活动 + 问题), title, 合计, 备注 with names/phones
const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();const ws=wb.addWorksheet('上半年工作');
ws.mergeCells('A1:F1');ws.getCell('A1').value='青石巷社区2025年上半年创文工作台账';
ws.addRow([]);
ws.addRow(['一、活动开展情况']);
ws.addRow(['序号','时间','活动名称','参加人数','地点','备注']);
const acts=[[1,'2025.1.20','迎新春写春联送福字','约80人','社区广场','书法协会老周写的，大家都抢着要'],
[2,'2025年3月5日','学雷锋志愿服务','35','小区','小李（电话13912341234）组织，扫了一上午'],
[3,'四月四日','清明文明祭扫倡议','一百二十','社区','发倡议书'],
[4,'2025.5.31','端午包粽子','６０','活动室','胖姐张罗的，给孤寡老人送了粽子'],
[5,'2025.6.31','消夏晚会','两百','广场','下雨推迟了']];
acts.forEach(a=>ws.addRow(a));
ws.addRow(['合计','','','495','','']);
ws.addRow([]);
ws.addRow(['二、问题整改情况']);
ws.addRow(['问题类型','发现（处）','已整改（处）','责任人','备注']);
[['乱张贴','３０','28','网格员王强','王强 15866667777 负责'],['占道经营','十二','12','城管中队','老马说基本清了'],['楼道堆物','15','10','物业','3栋那个钉子户还不肯搬']].forEach(a=>ws.addRow(a));
ws.addRow(['合计','57','50','','']);
ws.addRow(['填表人：刘梅   联系电话：13700009999   审核：书记陈刚']);
await wb.xlsx.writeFile('g_handmade.xlsx');console.log('ok')})();
