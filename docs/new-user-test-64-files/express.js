const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();const ws=wb.addWorksheet('创建文明单位台账');
ws.mergeCells('A1:G1');ws.getCell('A1').value='中通快递桐溪县城关营业部2025年文明创建工作台账';
ws.getCell('A2').value='填报单位：中通快递桐溪县城关营业部';ws.getCell('E2').value='统计时间：2025年1月—12月';
ws.addRow([]);ws.getRow(3).values=['序号','时间','活动内容','活动类别','参加人数','地点','备注'];
const rows=[[1,'2025.3.5','快递小哥学雷锋义务送件','志愿服务','15人','城关镇','负责人：赵强 13812345678'],
[2,'2025.4.20','快递包装回收宣传','宣传教育','约30','营业部门口',''],
[3,'2025年6月','文明驾驶安全培训','会议培训','22','营业部',''],
[4,'2025.9.10','教师节为学校免费寄送','关爱帮扶','12','县实验小学',''],
[5,'2025.12.6','清扫营业部周边卫生','环境整治','二十','营业部周边','每月都搞，这里只记一次']];
rows.forEach((r,i)=>ws.getRow(4+i).values=r);
ws.getRow(9).values=['合计','','5次','','99','',''];
ws.getRow(11).values=['填表人：刘洋','','','','审核人：孙海涛','',''];
ws.getRow(12).values=['联系电话：15906718899'];
const ws2=wb.addWorksheet('问题整改');
ws2.getRow(1).values=['存在问题','数量','已整改','整改措施'];
ws2.getRow(2).values=['快递车辆乱停放','12处','10处','划定停车区'];
ws2.getRow(3).values=['包裹占道堆放','8','8','规范分拣区'];
await wb.xlsx.writeFile('./out/快递营业部文明创建台账.xlsx');})();
