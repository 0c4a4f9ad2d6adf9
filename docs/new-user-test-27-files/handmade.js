const ExcelJS=require('exceljs');
(async()=>{
const wb=new ExcelJS.Workbook();
const a=wb.addWorksheet('活动记录');
a.mergeCells('A1:F1'); a.getCell('A1').value='桃源社区2024年下半年创文活动登记表';
a.addRow([]); // spacer? row2 empty actually
a.getRow(3).values=['活动名称','时间','地点','人数','经费','负责人'];
const rows=[['重阳节敬老包饺子','2024.10.11','社区食堂','35人','3,600元','张主任 13900001111'],
['中秋节诗词朗诵会','2024年9月17日','文化活动室','约120','两千','李四'],
['垃圾分类宣传','２０２４．１１．５','小区广场','三十','500元','王五'],
['学雷锋志愿服务','2024.13.40','社区','百余','','赵六'],
['道德讲堂第三期','2024/12/10','会议室','45人次','1.5万','钱七']];
rows.forEach((r,i)=>a.getRow(4+i).values=r);
a.getRow(9).values=['合计','','','330人','21,100元',''];
a.getRow(11).values=['填表人：孙八  联系电话：13722223333  审核：周九'];
const b=wb.addWorksheet('宣传及整改');
b.getRow(1).values=['宣传品','数量','备注'];
b.getRow(2).values=['公益广告','12块','主干道'];
b.getRow(3).values=['宣传栏','2处',''];
b.getRow(4).values=['横幅','8条',''];
b.getRow(6).values=['问题类型','发现','整改'];
b.getRow(7).values=['乱张贴','50处','45处'];
b.getRow(8).values=['占道经营','10','12'];
b.getRow(9).values=['合计','60','50'];
const c=wb.addWorksheet('志愿者花名册');
c.getRow(1).values=['序号','姓名','性别','身份证号','联系电话','所属队伍'];
const teams=['桃源红马甲','桃源红马甲','巾帼志愿队','桃源红马甲','巾帼志愿队','少年志愿队'];
teams.forEach((t,i)=>c.getRow(2+i).values=[i+1,'志愿者'+i,i%2?'女':'男','11010119900101'+String(1000+i),'1380000'+String(1000+i),t]);
const d=wb.addWorksheet('荣誉');
d.getRow(1).values=['荣誉称号','级别','获得者'];
d.getRow(2).values=['区级文明家庭','区级','孙家'];
d.getRow(3).values=['市级优秀志愿者','市级','王某'];
d.getRow(4).values=['系统内先进个人','系统内','李某'];
await wb.xlsx.writeFile('handmade.xlsx');
})();
