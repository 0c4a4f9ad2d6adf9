const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('c-金桂社区-2025第四季度-next.xlsx');
function append(sheet,rows){const ws=wb.getWorksheet(sheet);const hdr={};ws.getRow(2).eachCell((c,i)=>hdr[c.value]=i);
  let r=3; while(true){let any=false; ws.getRow(r).eachCell((c,i)=>{if(c.value!==null&&c.value!==''&&!(c.value&&c.value.formula))any=true;}); if(!any)break; r++;}
  const start=r; rows.forEach((row,j)=>{for(const [k,v] of Object.entries(row)) ws.getCell(start+j,hdr[k]).value=v;});
  const last=start+rows.length-1; const t=Object.values(ws.tables)[0].table; const ref=t.ref||t.tableRef; const cur=+ref.match(/\d+$/)[0]; if(last>cur){const n=ref.replace(/\d+$/,String(last)); t.ref=n;t.tableRef=n;}
  if(sheet==='问题整改'){const f=ws.getCell(3,5).value; for(let q=start;q<=last;q++) ws.getCell(q,5).value=f;}
  return ws;}
append('组织保障',[{事项类型:'工作会议',名称或内容:'网格员例会',数量:'12',单位:'次',频次:'每周1次',备注:'网格长王大姐主持'},
  {事项类型:'督查检查',名称或内容:'楼道整治督查',数量:'6',单位:'次'}]);
append('问题整改',[{问题类别:'占道堆放',发现数:'四十二',已整改数:'40',单位:'处',责任单位:'各网格',备注:'楼道里堆的纸箱、旧家具、电动车'},
  {问题类别:'其他',发现数:'18',已整改数:'18',单位:'处',备注:'垃圾分类投放点不规范'},
  {问题类别:'乱张贴',发现数:'25',已整改数:'26',单位:'处'}]);
// carried 上期遗留 row: 5 left, now 5 rectified
const wr=wb.getWorksheet('问题整改'); wr.getCell(3,3).value=5;
append('活动台账',[
 {日期:'2025.10.11',活动名称:'垃圾分类积分兑换',活动类型:'环境整治',参与数量:'２００',单位:'人次',地点:'社区广场',简要内容:'居民拿可回收物来换鸡蛋、洗衣粉',备注:'物业的小陈帮忙称重'},
 {日期:'2025年11月8日',活动名称:'楼道整治大行动',活动类型:'环境整治',参与数量:'60',单位:'人',简要内容:'清理楼道杂物，贴了禁止堆放的提示'},
 {日期:'2025.10.1',活动名称:'国庆邻里节',活动类型:'我们的节日',参与数量:'三百余',单位:'人',地点:'金桂广场',简要内容:'百家宴、游园、猜灯谜'},
 {日期:'十二月二十日',活动名称:'冬季关爱独居老人',活动类型:'关爱帮扶',参与数量:'38',单位:'户',简要内容:'上门送棉被、查燃气，张奶奶说太感谢了',备注:'联系人李娟15974123456'},
 {日期:'2025.11.31',活动名称:'网格员业务培训',活动类型:'会议培训',参与数量:'24',单位:'人'},
]);
append('志愿服务',[]);
const wv=wb.getWorksheet('志愿服务'); wv.getCell(3,4).value='二十'; wv.getCell(3,5).value='约400'; wv.getCell(3,6).value='楼道整治、垃圾分类督导、关爱独居老人';
append('其他指标',[{板块:'环境整治',指标名称:'网格员',数值:'9',单位:'名'},{板块:'环境整治',指标名称:'网格员入户宣传垃圾分类',数值:'2,150',单位:'户',频次:'每月1次'},
 {板块:'关爱帮扶',指标名称:'建立独居老人关爱台账',数值:'38',单位:'份'}]);
const wt=wb.getWorksheet('文字材料'); wt.getCell(3,3).value='已全面推开，清理堆放杂物40处'; wt.getCell(4,3).value='摸清独居老人38户，都建了台账';
append('文字材料',[{类型:'下一步打算',内容:'巩固楼道整治成果，防止反弹'},{类型:'存在不足',内容:'垃圾分类准确率还不高'}]);
await wb.xlsx.writeFile('c-金桂社区-2025第四季度.xlsx');})();
