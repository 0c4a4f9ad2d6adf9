const ExcelJS=require('exceljs');
const TB={组织保障:'tbl_Organization',宣传投放:'tbl_Publicity',志愿服务:'tbl_Volunteers',先进典型:'tbl_Honors',问题整改:'tbl_Rectification',活动台账:'tbl_Activities',其他指标:'tbl_Figures',文字材料:'tbl_Texts'};
module.exports=async function fill(src,out,data){
 const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(src);
 const p=wb.getWorksheet('基本信息');
 for(let r=3;r<=p.rowCount;r++){const k=p.getCell(r,1).value;if(k in data.profile)p.getCell(r,2).value=data.profile[k];}
 for(const [name,rows] of Object.entries(data.sheets)){
  const ws=wb.getWorksheet(name);const t=ws.getTable(TB[name]);
  // remove the empty template row
  const f=name==='问题整改'?ws.getCell('E3').value:null;
  const nc=t.table.columns.length;
  rows.forEach((row,i)=>{const r=row.slice(); if(name==='问题整改'){r.splice(4,0,f);} r.forEach((v,j)=>{if(v!==''&&v!==null&&v!==undefined)ws.getCell(3+i,1+j).value=v;});});
  const last=String.fromCharCode(64+nc); t.table.tableRef='A2:'+last+(2+Math.max(1,rows.length)); t.table.ref=t.table.tableRef;
 }
 await wb.xlsx.writeFile(out);
};
