// append rows to tables of an existing workbook; set cells
const ExcelJS=require('exceljs');
const TB={组织保障:'tbl_Organization',宣传投放:'tbl_Publicity',志愿服务:'tbl_Volunteers',先进典型:'tbl_Honors',问题整改:'tbl_Rectification',活动台账:'tbl_Activities',其他指标:'tbl_Figures',文字材料:'tbl_Texts'};
module.exports=async function(src,out,data){
 const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(src);
 for(const [addr,v] of Object.entries(data.cells||{})){const [s,c]=addr.split('!');wb.getWorksheet(s).getCell(c).value=v;}
 for(const [name,rows] of Object.entries(data.sheets||{})){
  const ws=wb.getWorksheet(name);const t=ws.getTable(TB[name]);
  const ref=t.table.tableRef; let end=+ref.split(':')[1].replace(/[A-Z]/g,'');
  let start=end+1; // find first empty row in table
  for(let r=3;r<=end;r++){const vals=ws.getRow(r).values.slice(1).filter((v,j)=>!(name==='问题整改'&&j===4)&&v!==null&&v!==undefined&&v!=='');if(vals.length===0){start=r;break;}}
  const f=name==='问题整改'?{formula:'IF(N(tbl_Rectification[[#This Row],[发现数]])=0,"",N(tbl_Rectification[[#This Row],[已整改数]])/tbl_Rectification[[#This Row],[发现数]])'}:null;
  rows.forEach((row,i)=>{const r=row.slice();if(name==='问题整改')r.splice(4,0,f);r.forEach((v,j)=>{if(v!==''&&v!=null)ws.getCell(start+i,1+j).value=v;});});
  const nc=t.table.columns.length;const last=String.fromCharCode(64+nc);const nend=Math.max(end,start+rows.length-1);
  t.table.tableRef='A2:'+last+nend;t.table.ref=t.table.tableRef;
 }
 await wb.xlsx.writeFile(out);
};
