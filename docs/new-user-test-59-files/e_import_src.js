const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();
const ws=wb.addWorksheet('活动登记');
ws.mergeCells('A1:G1'); ws.getCell('A1').value='城关镇中心幼儿园2025年上半年创文活动登记表';
ws.getRow(3).values=['序号','活动时间','活动名称','活动类别','参加人数','负责人','备注'];
const rows=[
 [1,'2025.3.5','学雷锋 小小志愿者','志愿服务','45人','王老师 13588887777','带大班孩子去社区捡垃圾'],
 [2,'2025年4月3日','清明节 缅怀先烈','我们的节日','１２０','李园长',''],
 [3,'五月十二日','防震减灾疏散演练','安全教育','三百余','',''],
 [4,'2025.6.1','六一文艺汇演','文体活动','约400','张老师','家长也来了'],
 [5,'2025.2.30','元宵节猜灯谜','传统节日','80','',''],
];
rows.forEach((r,i)=>ws.getRow(4+i).values=r);
ws.getRow(9).values=['合计','','','','945','',''];
ws.getRow(11).values=['填表人：刘小红','','','','审核：李园长','',''];
const w2=wb.addWorksheet('问题清单');
w2.getRow(1).values=['序号','存在问题','整改情况','整改时间'];
w2.getRow(2).values=[1,'大门口家长接送车辆乱停','已整改','2025.4'];
w2.getRow(3).values=[2,'滑梯护栏松动','已整改','2025.5.6'];
w2.getRow(4).values=[3,'厨房排水沟有积水','整改中',''];
await wb.xlsx.writeFile('./out/e_kinder_own.xlsx');console.log('ok');})();
