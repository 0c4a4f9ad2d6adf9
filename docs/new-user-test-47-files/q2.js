const ExcelJS=require('./node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./files/taoyuan-q2.xlsx');
const add=(sheet,rows)=>{const ws=wb.getWorksheet(sheet);const hdr={};ws.getRow(2).eachCell((c,n)=>hdr[c.value]=n);
 let r=3;while(ws.getCell(r,1).value!=null&&ws.getCell(r,1).value!=='')r++;
 for(const o of rows){for(const[k,v]of Object.entries(o))ws.getCell(r,hdr[k]).value=v;r++;}
 const tb=ws.getTable(Object.keys(ws.tables)[0]);const m=/^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(tb.table.tableRef);tb.table.tableRef=`${m[1]}2:${m[3]}${Math.max(r-1,3)}`;};
const p=wb.getWorksheet('基本信息');for(let r=3;r<=p.rowCount;r++)if(p.getCell(r,1).value==='成文日期')p.getCell(r,2).value='2025年7月2日';
const pv=wb.getWorksheet('志愿服务');pv.getCell(3,4).value='十二';pv.getCell(3,5).value='260';pv.getCell(3,3).value='52';
const rc=wb.getWorksheet('问题整改');rc.getCell(3,3).value='2';rc.getCell(3,9).value='已拆除2处，剩下1处王大爷说秋收后自己拆';
add('问题整改',[{问题类别:'卫生死角',发现数:'25',已整改数:'25',单位:'处'},{问题类别:'占道堆放',发现数:'18',已整改数:'15',单位:'处',备注:'主要是晒谷占道'}]);
const tx=wb.getWorksheet('文字材料');tx.getCell(3,3).value='已评出“美丽庭院”示范户32户';tx.getCell(4,3).value='拆了2处，还剩1处';
add('文字材料',[{类型:'存在不足',内容:'农忙时节志愿服务参与人数有所下降'},{类型:'下一步打算',内容:'做好秋收期间晒谷占道的劝导工作'}]);
add('活动台账',[{日期:'2025.5.31',活动名称:'“我们的节日·端午”包粽子',活动类型:'我们的节日',参与数量:'八十余',单位:'人'},{日期:'2025年6月5日',活动名称:'世界环境日垃圾分类宣传',活动类型:'宣传教育',参与数量:'６０',单位:'人'},{日期:'2025.4.31',活动名称:'清明文明祭扫倡议',活动类型:'我们的节日',参与数量:'100',单位:'户'}]);
add('先进典型',[{荣誉名称:'美丽庭院示范户',级别:'社区/村',人数:'32',日期:'2025.6.20'}]);
add('其他指标',[{板块:'环境整治',指标名称:'清运垃圾',数值:'45',单位:'吨'}]);
await wb.xlsx.writeFile('./files/taoyuan-q2-filled.xlsx');console.log('ok')})();
