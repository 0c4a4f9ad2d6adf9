// fill the tool's blank template with a unit's rows (messy values as staff type them)
const ExcelJS=require('./node_modules/exceljs');
async function fill(spec,out){
  const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./files/blank.xlsx');
  const p=wb.getWorksheet('基本信息');
  p.eachRow((r,i)=>{const k=r.getCell(1).value; if(spec.profile[k]!==undefined) r.getCell(2).value=spec.profile[k];});
  for(const [sheet,rows] of Object.entries(spec.sheets||{})){
    const ws=wb.getWorksheet(sheet); const hdr=ws.getRow(2).values;
    rows.forEach((obj,j)=>{const r=ws.getRow(3+j);
      for(const [h,v] of Object.entries(obj)){const c=hdr.indexOf(h); if(c<0) throw new Error(sheet+' no header '+h); r.getCell(c).value=v;}
      if(sheet==='问题整改'){const c=hdr.indexOf('整改率'); r.getCell(c).value={formula:`IF(N(tbl_Rectification[[#This Row],[发现数]])=0,"",N(tbl_Rectification[[#This Row],[已整改数]])/tbl_Rectification[[#This Row],[发现数]])`};}
      r.commit();});
    // grow the table ref
    const t=Object.values(ws.tables)[0]; if(t&&rows.length){ const tb=t.table||t; 
      const ref=tb.tableRef||tb.ref; const m=/^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
      if(m){const nr=`${m[1]}${m[2]}:${m[3]}${2+rows.length}`; if(tb.tableRef) tb.tableRef=nr; if(tb.ref!==undefined) tb.ref=nr;} }
  }
  await wb.xlsx.writeFile(out); console.log('wrote',out);
}
module.exports=fill;
