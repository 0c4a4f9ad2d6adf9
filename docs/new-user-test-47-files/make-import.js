const ExcelJS=require('./node_modules/exceljs');
const serial=(y,m,d)=>(Date.UTC(y,m-1,d)-Date.UTC(1899,11,30))/86400000;
(async()=>{const wb=new ExcelJS.Workbook();
const months={
 '1月':{acts:[[serial(2025,1,10),'迎新春环境大扫除','环境整治','45人','小区公共区域','网格员小王（王磊）组织的，13788889999'],['2025.1.22','送春联进万家','我们的节日','二百户','社区广场','书法协会老李写的'],['1月28日','除夕慰问独居老人','关爱帮扶','12户','','胖姐带队']],
   probs:[['楼道堆物',15,12,'处','3户老人不肯清'],['乱张贴','三十',30,'处','']]},
 '2月':{acts:[[serial(2025,2,12),'元宵猜灯谜','我们的节日','约150人','社区活动室','热闹得很'],['2025/2/20','道德讲堂：孝老爱亲','道德讲堂','60人','','请了张阿姨讲她照顾婆婆的故事，电话13600001234']],
   probs:[['占道经营',8,'8','处','菜市场门口']]},
 '3月':{acts:[[serial(2025,3,5),'学雷锋志愿服务','志愿服务','八十人次','各小区','大家积极性很高'],['2025年3月12日','植树节义务植树','环境整治','35人','滨河公园',''],['2025.3.30','垃圾分类宣传','宣传教育','百余人','','']],
   probs:[['卫生死角',10,9,'处','还有1处在等物业'],['流动摊点',6,6,'处','']]}};
for(const [m,v] of Object.entries(months)){const ws=wb.addWorksheet(m);
 ws.mergeCells('A1:F1');ws.getCell('A1').value=`锦江社区2025年${m}创文工作开展情况`;
 ws.addRow([]);ws.addRow(['序号','时间','活动名称','类别','参加人数','地点','备注']);
 // shift: row 3 header; note merge A1:F1 already
 let i=1;for(const a of v.acts){ws.addRow([i++,a[0],a[1],a[2],a[3],a[4],a[5]]);}
 const tot=v.acts.length;ws.addRow(['合计',null,`${tot}场`,null,null,null,null]);
 ws.addRow([]);
 ws.mergeCells(`A${ws.rowCount+1}:F${ws.rowCount+1}`);ws.getCell(`A${ws.rowCount}`).value=`${m}发现问题及整改情况`;
 ws.addRow(['问题','发现数','已整改','单位','备注']);
 for(const p of v.probs)ws.addRow(p);
 ws.addRow(['合计',v.probs.reduce((s,p)=>s+(+p[1]||30),0),v.probs.reduce((s,p)=>s+(+p[2]),0),'处','']);
 ws.addRow(['填表人：李梅  联系电话：13912345678']);
 ws.getColumn(2).numFmt='yyyy-mm-dd';}
await wb.xlsx.writeFile('./files/锦江社区一季度工作台账.xlsx');console.log('ok')})();
