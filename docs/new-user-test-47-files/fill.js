// fill the tool's blank template with office-style messy values
const ExcelJS=require('./node_modules/exceljs');
async function fill(template, data, out){
  const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile(template);
  const prof=wb.getWorksheet('基本信息');
  for(let r=3;r<=prof.rowCount;r++){const k=prof.getCell(r,1).value; if(k in (data.profile||{})) prof.getCell(r,2).value=data.profile[k];}
  for(const [sheet,rows] of Object.entries(data.sheets||{})){
    const ws=wb.getWorksheet(sheet); const hdr={}; ws.getRow(2).eachCell((c,n)=>hdr[c.value]=n);
    rows.forEach((o,i)=>{for(const [k,v] of Object.entries(o)){ if(!hdr[k]) throw new Error(sheet+' no header '+k); ws.getCell(3+i,hdr[k]).value=v;}});
    // extend the table ref so Excel would also see it
    const t=Object.values(ws.tables||{})[0];
    if(t && rows.length>1){ try{ const tb=ws.getTable(t.name||Object.keys(ws.tables)[0]); const ref=tb.table.tableRef||tb.table.ref; const m=/^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref); if(m){ tb.table.tableRef=`${m[1]}${m[2]}:${m[3]}${2+rows.length}`; tb.table.ref=tb.table.tableRef; } }catch(e){ console.error('table resize',sheet,e.message);} }
  }
  await wb.xlsx.writeFile(out);
}
module.exports={fill};
