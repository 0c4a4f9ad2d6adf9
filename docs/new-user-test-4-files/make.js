const ExcelJS=require('exceljs');
const D=(y,m,d)=>new Date(Date.UTC(y,m-1,d));
(async()=>{
// 1. sample copy with typical mistakes
{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(require('path').join(__dirname,'../../samples/')+'community-2023-h1.xlsx');
 const a=wb.getWorksheet('活动台账');
 a.getCell('D3').value='80人';          // count with unit
 a.getCell('D4').value='约50';
 a.getCell('A5').value='2023.3.5';      // text date
 a.getCell('A6').value='3月12日';
 a.getCell('A7').value=D(2023,8,20);    // outside 上半年
 a.getCell('I8').value='联系人张三 13912345678'; // phone in 备注
 a.getCell('H9').value='由王小明同志主持，电话13800138000'; // phone in 简要内容
 a.getCell('D10').value=-5;
 a.getCell('B11').value=null;           // missing name
 const r=wb.getWorksheet('问题整改');
 r.getCell('C4').value=60;              // 已整改 > 发现 (58)
 r.getCell('B5').value='24处';
 const p=wb.getWorksheet('宣传投放');
 p.getCell('F3').value='4千元';
 p.getCell('C4').value='十五';
 const b=wb.getWorksheet('基本信息');
 b.eachRow(row=>{ if(row.getCell(1).value==='单位类型') row.getCell(2).value='居委会'; if(row.getCell(1).value==='常住人口') row.getCell(2).value='8600人';});
 const v=wb.getWorksheet('志愿服务');
 v.getCell('G3').value='队长李四 电话 13512345678';
 await wb.xlsx.writeFile(__dirname+'/01-sample-mistakes.xlsx');}

// 2. hand-made ledger without tables
{const wb=new ExcelJS.Workbook();
 const s0=wb.addWorksheet('单位情况');
 s0.addRows([['单位名称','春风社区居委会'],['单位类型','社区'],['报告年度',2024],['报告期','上半年'],['常住人口','6200'],['填报人','赵敏'],['联系电话','13700001111']]);
 const s=wb.addWorksheet('活动记录');
 s.mergeCells('A1:F1'); s.getCell('A1').value='春风社区2024年上半年创文活动记录';
 s.addRow(['序号','时间','活动名称','类别','参加人数','地点']);
 s.addRow([1,'2024.3.5','学雷锋志愿服务','志愿服务','80人','社区广场']);
 s.addRow([2,'3月12日','植树节义务植树','环境整治','约50','河滨公园']);
 s.addRow([3,D(2024,4,4),'清明祭英烈','我们的节日',120,'烈士陵园']);
 s.addRow([4,'2024年5月1日','劳动节大扫除','环境整治','60余人','各小区']);
 s.addRow([5,'2024/6/10','端午包粽子','我们的节日',{formula:'20+15',result:35},'活动室']);
 s.addRow(['合计','','','',{formula:'SUM(E3:E7)',result:155},'']);
 s.mergeCells('A9:B9');
 const q=wb.addWorksheet('整改');
 q.addRow(['问题类型','发现','已整改','责任单位']);
 q.addRow(['乱张贴','40处',38,'物业']);
 q.addRow(['占道经营',12,{formula:'B3-2',result:10},'城管']);
 q.addRow(['合计',52,48,'']);
 const x=wb.addWorksheet('宣传');
 x.addRow(['类型','数量','金额']);
 x.addRow(['公益广告','30块','4千元']);
 x.addRow(['横幅',12,'1.2万元']);
 await wb.xlsx.writeFile(__dirname+'/02-handmade.xlsx');}

// 3. ad-hoc office sheets for import
{const wb=new ExcelJS.Workbook();
 const s=wb.addWorksheet('活动一览');
 s.mergeCells('A1:G1'); s.getCell('A1').value='明德社区2024年上半年文明创建活动一览表';
 s.addRow([]);
 s.addRow(['序号','活动日期','活动名称','活动类型','参与人数','活动地点','负责人']);
 s.addRow([1,'2024.3.5','学雷锋日志愿服务','志愿服务','80人','社区广场','王建国']);
 s.addRow([2,'3月12日','植树节义务植树','环境整治','约50','河滨公园','李秀英']);
 s.addRow([3,D(2024,4,4),'清明节文明祭扫宣传','我们的节日',120,'社区','王建国']);
 s.addRow([4,'2024年5月20日','道德讲堂第1期','道德讲堂','40人次','文化家园','张伟 13911112222']);
 s.addRow(['合计','','','','290','','']);
 s.addRow([]);
 s.addRow(['填表人：李秀英','','','审核人：王建国','','联系电话：13600001234','']);
 const q=wb.addWorksheet('问题清单');
 q.addRow(['序号','发现日期','问题类别','问题描述','位置','整改状态','责任人']);
 const rows=[['乱张贴','电线杆小广告','3号楼','已整改','刘强'],['乱张贴','单元门小广告','5号楼','整改中','刘强'],['占道经营','水果摊占道','北门','已整改','陈军'],['卫生死角','楼道堆物','7号楼','已整改','物业'],['卫生死角','绿化带垃圾','南区','整改中','物业'],['占道经营','早餐摊','东门','已整改','陈军']];
 rows.forEach((r,i)=>q.addRow([i+1,D(2024,3,10+i),...r]));
 const h=wb.addWorksheet('志愿者花名册');
 h.addRow(['序号','姓名','性别','身份证号','联系电话','所属队伍','服务时长']);
 const names=['王芳','李娜','张敏','刘洋','陈静','杨磊'];
 names.forEach((n,i)=>h.addRow([i+1,n,i%2?'男':'女','11010519800101'+String(1000+i),'1390000'+String(1000+i),i<4?'明德社区志愿服务队':'巾帼志愿服务队',10+i]));
 await wb.xlsx.writeFile(__dirname+'/03-adhoc.xlsx');
 // csv GBK-less UTF8
}
// 4. non-ledgers
{const wb=new ExcelJS.Workbook(); const s=wb.addWorksheet('工资表'); s.addRow(['姓名','基本工资','绩效']); s.addRow(['张三',5000,1200]); await wb.xlsx.writeFile(__dirname+'/04-salary.xlsx');
 const e=new ExcelJS.Workbook(); e.addWorksheet('Sheet1'); await e.xlsx.writeFile(__dirname+'/05-empty.xlsx');
 require('fs').writeFileSync(__dirname+'/06-notexcel.xlsx','这不是表格文件\n');
}
})();
