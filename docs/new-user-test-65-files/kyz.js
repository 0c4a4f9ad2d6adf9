const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();const ws=wb.addWorksheet('创文工作统计');
ws.mergeCells('A1:F1');ws.getCell('A1').value='澄江县汽车客运站2025年上半年文明创建工作统计表';
ws.getCell('A2').value='填报单位：澄江县汽车客运站（盖章）';ws.getCell('D2').value='统计时间：2025年1月-6月';
ws.addRow([]);ws.getRow(4).values=['序号','日期','活动内容','类别','参加人数','备注'];
const rows=[[1,'2025.1.20','春运“暖冬行动”爱心服务','志愿服务','35人','为旅客提供开水、行李搬运'],
[2,'2025.3.5','学雷锋便民服务','志愿服务','二十','站长王海涛带队 13908770011'],
[3,'2025.4.4','清明节文明出行宣传','宣传教育','15',''],
[4,'2025.5.30','候车大厅卫生大扫除','环境整治','约40',''],
[5,'2025.6.10','文明乘车宣传进校园','宣传教育','60','']];
rows.forEach((r,i)=>ws.getRow(5+i).values=r);
ws.getRow(10).values=['合计','','','','170',''];
ws.getRow(12).values=['','问题整改情况'];
ws.getRow(13).values=['问题','发现数','已整改','单位'];
ws.getRow(14).values=['站前广场出租车乱停乱放','20','18','处'];
ws.getRow(15).values=['候车厅吸烟','12','12','起'];
ws.getRow(17).values=['填表人：李小红','','审核人：王海涛','','联系电话：0877-6713456'];
await wb.xlsx.writeFile('./out/客运站自制表.xlsx');console.log('ok')})();
