// fill the tool's blank template with values as staff type them
const ExcelJS=require('./node_modules/exceljs');
async function fill(template,data,out){
  const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile(template);
  const prof=wb.getWorksheet('基本信息');
  for(let r=1;r<=prof.rowCount;r++){const k=String(prof.getCell(r,1).value||''); if(data.profile&&k in data.profile) prof.getCell(r,2).value=data.profile[k];}
  for(const [sheet,rows] of Object.entries(data.sheets||{})){
    const ws=wb.getWorksheet(sheet); const hdr={}; const hr=2;
    ws.getRow(hr).eachCell((c,i)=>hdr[String(c.value)]=i);
    rows.forEach((o,i)=>{for(const [k,v] of Object.entries(o)){ if(!hdr[k]) throw new Error(sheet+' no header '+k); ws.getCell(hr+1+i,hdr[k]).value=v;}});
    const names=Object.keys(ws.tables||{});
    if(names.length&&rows.length>1){const tb=ws.getTable(names[0]);const ref=tb.table.tableRef||tb.table.ref;const m=/^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
      if(m){tb.table.tableRef=`${m[1]}${m[2]}:${m[3]}${hr+rows.length}`;tb.table.ref=tb.table.tableRef;}}
  }
  await wb.xlsx.writeFile(out);
}
module.exports={fill};
