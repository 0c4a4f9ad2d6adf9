// append rows to an existing standard workbook: append(inFile, spec, outFile); spec.set = {sheet:{cell:value}}
const ExcelJS=require('./repo/node_modules/exceljs');
const tabs={组织保障:'tbl_Organization',宣传投放:'tbl_Publicity',志愿服务:'tbl_Volunteers',先进典型:'tbl_Honors',问题整改:'tbl_Rectification',活动台账:'tbl_Activities',其他指标:'tbl_Figures',文字材料:'tbl_Texts'};
module.exports=async function(inp,spec,out){
  const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(inp);
  for(const [sh,cells] of Object.entries(spec.set||{})){const ws=wb.getWorksheet(sh);for(const [c,v] of Object.entries(cells)) ws.getCell(c).value=v;}
  const p=wb.getWorksheet('基本信息');
  for(let r=3;r<=p.rowCount;r++){const k=p.getCell(r,1).value; if(k in (spec.profile||{})) p.getCell(r,2).value=spec.profile[k];}
  for(const [sh,tn] of Object.entries(tabs)){
    const rows=spec[sh]; if(!rows||!rows.length) continue;
    const ws=wb.getWorksheet(sh); const t=ws.getTable(tn);
    const m=t.table.tableRef.match(/^([A-Z]+)(\d+):([A-Z]+)(\d+)$/);
    let r=3; while(ws.getCell(r,1).value!==null&&ws.getCell(r,1).value!==undefined&&ws.getCell(r,1).value!=='') r++;
    const fcell=ws.getCell(3,5).value;
    rows.forEach((row0,i)=>{const row=row0.slice(); if(sh==='问题整改') row.splice(4,0,null);
      row.forEach((v,j)=>{ if(v!==null&&v!==undefined&&v!=='') ws.getCell(r+i,j+1).value=v;});
      if(sh==='问题整改') ws.getCell(r+i,5).value=fcell;});
    const last=Math.max(+m[4], r+rows.length-1);
    t.table.tableRef=`${m[1]}2:${m[3]}${last}`; t.table.autoFilterRef=t.table.tableRef;
  }
  await wb.xlsx.writeFile(out); console.log('wrote',out);
};
