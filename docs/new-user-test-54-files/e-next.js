const ExcelJS=require('./node_modules/exceljs');
async function edit(inp,out,fn){const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(inp);await fn(wb);await wb.xlsx.writeFile(out);}
const mode=process.argv[2];
(async()=>{
if(mode==='correct') await edit('a-bank-fixed.xlsx','a-bank-h1.xlsx',wb=>{wb.getWorksheet('宣传投放').getCell('G5').value=new Date(Date.UTC(2025,1,28));wb.getWorksheet('活动台账').getCell('A6').value=new Date(Date.UTC(2025,5,30));});
if(mode==='fillh2') await edit('a-bank-h2-blank.xlsx','a-bank-h2.xlsx',wb=>{
  const put=(sheet,rows)=>{const ws=wb.getWorksheet(sheet);const hdr=ws.getRow(2).values.slice(1);let r=3;while(ws.getRow(r).values.slice(1).some(v=>v!==null&&v!==undefined&&!(v&&v.formula)))r++;
    for(const row of rows){for(const [h,v] of Object.entries(row)){ws.getRow(r).getCell(hdr.indexOf(h)+1).value=v;}r++;}
    const t=Object.values(ws.tables||{})[0]; if(t){const m=t.table||t.model; const ref=m.ref||m.tableRef; if(ref){const nr=ref.replace(/\d+$/,String(r-1)); m.ref=nr; m.tableRef=nr;}}};
  put('活动台账',[
   {'日期':'2025.7.15','活动名称':'防范非法集资宣传进社区','活动类型':'宣传教育','参与数量':'八十余','单位':'人','地点':'城关社区'},
   {'日期':'2025年9月13日','活动名称':'金融知识万里行','活动类型':'宣传教育','参与数量':'1,200','单位':'人次','简要内容':'在广场摆了摊，发了好多折页'},
   {'日期':'十月八日','活动名称':'重阳节走访慰问老年客户','活动类型':'关爱帮扶','参与数量':30,'单位':'户'},
   {'日期':'2025.12.5','活动名称':'国际志愿者日志愿服务','活动类型':'志愿服务','参与数量':'20人','单位':'人'}]);
  put('宣传投放',[{'类型':'宣传资料','位置或内容':'防范非法集资宣传册','数量':'三千','单位':'份','方式':'发放','投入金额（元）':'2,400元'}]);
  put('问题整改',[{'问题类别':'其他','发现数':9,'已整改数':9,'单位':'件','备注':'客户投诉'}]);
  put('其他指标',[{'板块':'宣传教育','指标名称':'开展反诈宣传','数值':'40','单位':'场'},{'板块':'其他','指标名称':'拦截电信诈骗资金','数值':'3.2万','单位':'元'}]);
  // fill 落实情况 of 上期打算 and volunteer service numbers; 遗留 rectified
  const tx=wb.getWorksheet('文字材料'); const th=tx.getRow(2).values.slice(1);
  tx.eachRow((row,i)=>{ if(i>2 && row.getCell(th.indexOf('类型')+1).value==='上期打算') { const c=String(row.getCell(th.indexOf('内容')+1).value); row.getCell(th.indexOf('落实情况')+1).value=c.includes('窗口')?'营业部被评为县级青年文明号，窗口服务投诉明显下降':'下半年进社区开展反诈宣传6次，基本做到每月一次'; } });
  const pr=wb.getWorksheet('问题整改'); const ph=pr.getRow(2).values.slice(1);
  pr.eachRow((row,i)=>{ if(i>2 && row.getCell(ph.indexOf('来源')+1).value==='上期遗留') row.getCell(ph.indexOf('已整改数')+1).value=2; });
  const vs=wb.getWorksheet('志愿服务'); const vh=vs.getRow(2).values.slice(1);
  vs.getRow(3).getCell(vh.indexOf('服务次数')+1).value='十五'; vs.getRow(3).getCell(vh.indexOf('服务时长（小时）')+1).value=150; vs.getRow(3).getCell(vh.indexOf('注册人数')+1).value=42;
  const tp=(t,c)=>({'类型':t,'内容':c}); put('文字材料',[tp('存在不足','网点之间发展不平衡'),tp('下一步打算','持续开展文明服务窗口创建')]);
});
})();
