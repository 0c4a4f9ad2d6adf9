// fill the tool's blank template (row 2 = headers) with messy office values
const ExcelJS=require('./node_modules/exceljs');
async function fill(template, data, out){
  const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile(template);
  const prof=wb.getWorksheet('基本信息');
  const seen=new Set();
  for(let r=1;r<=prof.rowCount;r++){const k=String(prof.getCell(r,1).value||'').replace(/\*$/,''); if(data.profile && k in data.profile){ prof.getCell(r,2).value=data.profile[k]; seen.add(k);} }
  for(const k of Object.keys(data.profile||{})) if(!seen.has(k)) throw new Error('profile item missing '+k);
  for(const [sheet,rows] of Object.entries(data.sheets||{})){
    const ws=wb.getWorksheet(sheet); const hdr={}; let hr=0;
    for(let r=1;r<=4&&!hr;r++){ const row=ws.getRow(r); let n=0; row.eachCell((c)=>n++); if(n>=3){hr=r; row.eachCell((c,i)=>hdr[String(c.value).replace(/\*$/,'')]=i);} }
    rows.forEach((o,i)=>{for(const [k,v] of Object.entries(o)){ if(!hdr[k]) throw new Error(sheet+' no header '+k+' have '+Object.keys(hdr)); ws.getCell(hr+1+i,hdr[k]).value=v;}});
    const names=Object.keys(ws.tables||{});
    if(names.length && rows.length>1){ try{ const tb=ws.getTable(names[0]); const ref=tb.table.tableRef||tb.table.ref; const m=/^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref); if(m){ tb.table.tableRef=`${m[1]}${m[2]}:${m[3]}${hr+rows.length}`; tb.table.ref=tb.table.tableRef; } }catch(e){ console.error('table resize',sheet,e.message);} }
  }
  await wb.xlsx.writeFile(out);
}
module.exports={fill};
