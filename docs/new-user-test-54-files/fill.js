// fill.js: fill the tool's blank template with a unit spec (JSON module) -> xlsx
const ExcelJS=require('./node_modules/exceljs');
async function fill(template, out, spec){
  const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile(template);
  const p=wb.getWorksheet('基本信息');
  p.eachRow((r,i)=>{const k=r.getCell(1).value; if(k in (spec.profile||{})) r.getCell(2).value=spec.profile[k];});
  for(const [sheet,rows] of Object.entries(spec.sheets||{})){
    const ws=wb.getWorksheet(sheet); const hdr=ws.getRow(2).values.slice(1);
    rows.forEach((row,j)=>{ for(const [h,v] of Object.entries(row)){ const c=hdr.indexOf(h); if(c<0) throw new Error(sheet+' no '+h); ws.getRow(3+j).getCell(c+1).value=v; } });
    const t=Object.values(ws.tables||{})[0];
    if(t && rows.length){ const m=t.table||t.model; const last=2+rows.length; const ref=m.ref||m.tableRef;
      if(ref){ const nr=ref.replace(/\d+$/,String(Math.max(last,3))); m.ref=nr; m.tableRef=nr; }
      // copy 整改率 formula down
      if(sheet==='问题整改'){ const c=hdr.indexOf('整改率')+1; const f=ws.getRow(3).getCell(c).value; for(let j=1;j<rows.length;j++) ws.getRow(3+j).getCell(c).value=f&&f.formula?{formula:f.formula}:null; }
    }
  }
  await wb.xlsx.writeFile(out);
}
module.exports=fill;
if(require.main===module){ const spec=require(require('path').resolve(process.argv[3])); fill(process.argv[2],process.argv[4],spec).then(()=>console.log('wrote',process.argv[4])); }
