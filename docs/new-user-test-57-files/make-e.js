const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();const ws=wb.addWorksheet('活动登记');
ws.mergeCells('A1:G1');ws.getCell('A1').value='县老年大学2025年创文活动登记表';
ws.getCell('A2').value='填报单位：县老年大学（盖章）';ws.getCell('E2').value='填报时间：2025年12月30日';
ws.addRow([]);
ws.getRow(3).values=['序号','时间','活动名称','参加人数','地点','主要内容','备注'];
const rows=[[1,'2025.3.5','学雷锋老年学员志愿服务','80人','人民广场','捡垃圾、文明劝导',''],
[2,'2025年4月','文明礼仪课堂','200余人次','各教室','每班一节礼仪课','共8期'],
[3,'10月29日','重阳敬老节','三百','学校礼堂','为80岁以上学员祝寿','赵德厚老师主持 13807365566'],
[4,'2025.12.28','迎新年文艺汇演','约500','县文化馆','合唱、太极、模特走秀',''],
[5,'2025.9.30','校园环境大扫除','60','校园','开学前大扫除','']];
rows.forEach((r,i)=>ws.getRow(4+i).values=r);
ws.getRow(9).values=['合计','','','1140','','',''];
ws.getRow(11).values=['填表人：周桂兰','','','审核人：钱主任','','电话：13807365566'];
const w2=wb.addWorksheet('志愿者');ws2=w2;
w2.mergeCells('A1:E1');w2.getCell('A1').value='银龄志愿服务队花名册';
w2.getRow(2).values=['序号','姓名','性别','联系电话','服务队'];
[['1','赵德厚','男','13800001111','银龄志愿服务队'],['2','钱秀英','女','13800002222','银龄志愿服务队'],['3','孙立','男','13800003333','夕阳红文艺队']].forEach((r,i)=>w2.getRow(3+i).values=r);
await wb.xlsx.writeFile('e-老年大学自制台账.xlsx');})();
