const E=require('exceljs');
(async()=>{const wb=new E.Workbook();const ws=wb.addWorksheet('三季度活动');
ws.mergeCells('A1:F1');ws.getCell('A1').value='城东社区卫生服务中心2025年第三季度志愿服务及义诊活动统计表';
ws.getCell('A2').value='填报单位：清河县城东社区卫生服务中心';ws.getCell('D2').value='统计时间：2025年7月—9月';
ws.addRow([]);
ws.getRow(4).values=['序号','活动日期','活动名称','服务人数','地点','备注'];
const rows=[[1,'2025.7.12','“三伏贴”义诊进社区','约200人','城东社区广场','内科主任张医生带队 电话13733125678'],
[2,'8月8日','全民健身日健康咨询','１５０','人民公园',''],
[3,'2025/9/9','重阳节老年人免费体检','二百三十','中心门诊楼','65岁以上老人'],
[4,'2025.9.20','义诊进村','80余','小王庄村','同上']];
rows.forEach((r,i)=>ws.getRow(5+i).values=r);
ws.getRow(9).values=['合计','','','660','',''];
ws.getRow(11).values=['填表人：刘敏','','审核人：周建华','','联系电话：0312-6689001'];
const w2=wb.addWorksheet('志愿者');
w2.getRow(1).values=['队伍','人数','服务次数','服务时长'];
w2.getRow(2).values=['医护志愿服务队','42人','12','三百六十'];
w2.getRow(3).values=['党员志愿服务队','18','6','96'];
await wb.xlsx.writeFile('./out/城东卫生服务中心三季度自制表.xlsx');console.log('ok')})();
