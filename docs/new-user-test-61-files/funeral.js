const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();const ws=wb.addWorksheet('清明祭扫');
ws.mergeCells('A1:F1');ws.getCell('A1').value='青川县殡仪馆2025年清明节文明祭扫工作台账';
ws.addRow([]);
ws.getRow(2).values=['填报单位：青川县殡仪馆','','','','统计时间：2025年3月20日—4月10日'];
ws.getRow(3).values=['序号','日期','活动内容','参与人数','地点','备注'];
const rows=[
 [1,'2025.3.28','文明祭扫倡议书进社区','约500','城区各社区','发放倡议书两千份'],
 [2,'2025年4月1日','“鲜花换纸钱”活动','三百余','县公墓','联系人：刘主任 13698765432'],
 [3,'4月4日','清明节网上祭扫推广','1,200','线上',''],
 [4,'2025.4.5','文明祭扫志愿服务','80人','县公墓','志愿者引导停车、劝导焚烧'],
 [5,'2025.4.31','公益生态安葬仪式','12','生态园','同上'],
];
rows.forEach((r,i)=>ws.getRow(4+i).values=r);
ws.getRow(9).values=['合计','','','2092','',''];
ws.getRow(11).values=['填表人：陈志刚','','审核人：吴局长','','联系电话：0839-7209999',''];
await wb.xlsx.writeFile('./out/funeral-own.xlsx');console.log('ok')})();
