const ExcelJS=require('exceljs');
const D=__dirname+'/';
(async()=>{
// A: sample with typical mistakes
let wb=new ExcelJS.Workbook();await wb.xlsx.readFile(require('path').join(__dirname,'../../samples/')+'community-2023-h1.xlsx');
let p=wb.getWorksheet('宣传投放'); p.getCell('A4').value='宣传展板'; p.getCell('E5').value='新增'; p.getCell('C5').value='80块';
let r=wb.getWorksheet('问题整改'); r.getCell('C4').value=70; r.getCell('B5').value='24';
let a=wb.getWorksheet('活动台账'); a.getCell('D3').value='40'; a.getCell('A4').value=new Date(Date.UTC(2022,11,20)); a.getCell('A5').value=new Date(Date.UTC(2023,7,1));
a.getCell('H6').value='联系人李四13900001111'; a.getCell('D7').value='约50'; a.getCell('E8').value='人';
let h=wb.getWorksheet('先进典型'); h.getCell('E3').value='张三13812345678、某乙'; h.getCell('G4').value='推荐人王五，电话13700002222';
let b=wb.getWorksheet('基本信息'); b.getCell('B5').value='居委会';
let v=wb.getWorksheet('志愿服务'); v.getCell('G3').value='队长赵六 13600003333 身份证340102199001011234';
await wb.xlsx.writeFile(D+'A-mistakes.xlsx');

// B: hand-made ledger no tables
wb=new ExcelJS.Workbook();
let s=wb.addWorksheet('单位情况'); s.addRow(['项目','值']);
[['单位名称','光华社区居委会'],['单位类型','社区'],['报告年度','2024'],['报告期','上半年'],['常住人口','约6500人'],['户数','2100户'],['填报人','陈七 15900004444'],['联系电话','15900004444']].forEach(x=>s.addRow(x));
s=wb.addWorksheet('活动'); s.mergeCells('A1:F1'); s.getCell('A1').value='光华社区2024年上半年活动台账';
s.addRow(['日期','活动名称','活动类型','参与人数','地点','备注']);
s.addRow(['2024.3.5','学雷锋志愿服务','志愿服务','80人','社区广场','']);
s.addRow(['3月12日','植树节活动','环境整治','约50','河滨公园','']);
s.addRow([new Date(Date.UTC(2024,3,4)),'清明祭英烈','我们的节日','120','烈士陵园','']);
s.addRow(['2024/5/20','文明交通劝导','志愿服务',{formula:'10+20',result:30},'路口','']);
s.addRow(['2024年6月1日','六一文艺汇演','文体活动','二百','社区活动室','']);
s.addRow(['合计','','','',{formula:'SUM(D3:D7)'},'']);
s=wb.addWorksheet('宣传'); s.addRow(['类型','位置','数量','单位','投入金额','日期']);
s.addRow(['公益广告','小区门口','20','块','4千元','2024.4.1']); s.addRow(['宣传栏','主干道',5,'块','3000','2024-04-02']);
s.addRow(['合计','',25,'','7000','']);
s=wb.addWorksheet('问题'); s.addRow(['问题类别','发现数','已整改数','责任单位']);
s.addRow(['乱张贴','30处','28处','物业']); s.addRow(['占道经营',12,15,'城管']); s.mergeCells('D2:D3');
await wb.xlsx.writeFile(D+'B-handmade.xlsx');

// C: ad-hoc sheets for import
wb=new ExcelJS.Workbook();
s=wb.addWorksheet('2024上半年活动'); s.mergeCells('A1:G1'); s.getCell('A1').value='东风社区2024年上半年新时代文明实践活动一览表';
s.getRow(2).values=['序号','时间','活动名称','类别','参加人数','地点','负责人'];
[[1,'2024.1.15','迎新春写春联','我们的节日','60人','活动室','刘一 13500005555'],[2,'2月8日','元宵猜灯谜','我们的节日','约100','广场','刘一'],[3,'2024-03-05','学雷锋日','志愿服务','45','社区','孙二'],[4,'2024.04.03','文明祭扫宣传','宣传教育','30人次','公墓','孙二'],[5,'2024.6.10','端午包粽子','我们的节日','50','食堂','刘一']].forEach((x,i)=>s.getRow(3+i).values=x);
s.getRow(8).values=['合计','','','','285','',''];
s.getRow(10).values=['填表人：刘一','','','审核人：王主任','','联系电话：13500005555',''];
s=wb.addWorksheet('问题清单'); s.getRow(1).values=['序号','发现时间','问题描述','问题类别','位置','整改情况','责任单位'];
[[1,'2024.3.1','店外经营','占道经营','幸福路1号','已整改','城管中队'],[2,'2024.3.2','小广告','乱张贴','3栋','已整改','物业'],[3,'2024.3.5','小广告','乱张贴','5栋','未整改','物业'],[4,'2024.4.1','垃圾堆积','卫生死角','后巷','已整改','物业'],[5,'2024.4.9','乱停车','乱停乱放','路口','整改中','交警']].forEach((x,i)=>s.getRow(2+i).values=x);
s=wb.addWorksheet('志愿者花名册'); s.getRow(1).values=['姓名','性别','联系电话','身份证号','所属队伍','服务时长'];
[['周八','男','13100001111','340102198001011111','党员志愿服务队',12],['吴九','女','13100002222','340102198101011112','党员志愿服务队',8],['郑十','女','13100003333','340102198201011113','巾帼志愿服务队',20]].forEach((x,i)=>s.getRow(2+i).values=x);
await wb.xlsx.writeFile(D+'C-adhoc.xlsx');

// CSV in GBK? keep UTF-8 simple
require('fs').writeFileSync(D+'C-activities.csv','日期,活动名称,活动类型,参与人数,地点\n2024-05-04,青年节座谈,宣传教育,25,活动室\n2024-05-12,防灾减灾演练,志愿服务,80人,广场\n');

// Rollup set
const R=__dirname+'/rollup/'; const fs=require('fs');
for(const f of fs.readdirSync(require('path').join(__dirname,'../../samples/')+'rollup')) fs.copyFileSync(require('path').join(__dirname,'../../samples/')+'rollup/'+f,R+f);
fs.copyFileSync(R+'heping-2023-h1.xlsx',R+'heping-2023-h1-重报.xlsx');
wb=new ExcelJS.Workbook();await wb.xlsx.readFile(R+'donghu-2023-h1.xlsx');
wb.getWorksheet('问题整改').getCell('D3').value=999; wb.getWorksheet('基本信息').getCell('C9').value='第三季度';
await wb.xlsx.writeFile(R+'donghu-2023-h1.xlsx');
wb=new ExcelJS.Workbook(); s=wb.addWorksheet('通讯录'); s.addRow(['姓名','电话']); s.addRow(['某人','13800000000']); await wb.xlsx.writeFile(R+'通讯录.xlsx');
})();
