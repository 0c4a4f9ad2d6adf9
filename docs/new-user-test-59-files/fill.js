// fill the tool's blank template with a unit's data: node fill.js spec.js out.xlsx
const ExcelJS=require('./repo/node_modules/exceljs');
const path=require('path');
module.exports=async function fill(spec,out,base){
  const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(base||'./files/blank.xlsx');
  const p=wb.getWorksheet('基本信息');
  for(let r=3;r<=p.rowCount;r++){const k=p.getCell(r,1).value; if(k in (spec.profile||{})) p.getCell(r,2).value=spec.profile[k];}
  const tabs={组织保障:'tbl_Organization',宣传投放:'tbl_Publicity',志愿服务:'tbl_Volunteers',先进典型:'tbl_Honors',问题整改:'tbl_Rectification',活动台账:'tbl_Activities',其他指标:'tbl_Figures',文字材料:'tbl_Texts'};
  for(const [sh,tn] of Object.entries(tabs)){
    const rows=spec[sh]; if(!rows||!rows.length) continue;
    const ws=wb.getWorksheet(sh); const t=ws.getTable(tn);
    // remove the blank row, add ours
    const fcell=ws.getCell(3,5).value;
    rows.forEach((r,i)=>{ const row=r.slice(); if(sh==='问题整改'){ row.splice(4,0,null);}
      row.forEach((v,j)=>{ if(v!==null&&v!==undefined&&v!=='') ws.getCell(3+i,j+1).value=v; });
      if(sh==='问题整改') ws.getCell(3+i,5).value=fcell; });
    const last=2+rows.length; const m=t.table.tableRef.match(/^([A-Z]+)2:([A-Z]+)\d+$/);
    t.table.tableRef=`${m[1]}2:${m[2]}${last}`; t.table.autoFilterRef=t.table.tableRef;
  }
  await wb.xlsx.writeFile(out); console.log('wrote',out);
}
