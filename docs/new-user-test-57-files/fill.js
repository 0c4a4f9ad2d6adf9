// fill the tool's blank template by header text, as staff would type
const ExcelJS=require('./repo/node_modules/exceljs');
async function fill(tpl,out,data){
  const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(tpl);
  const prof=wb.getWorksheet('基本信息');
  for(let r=3;r<=prof.rowCount;r++){const k=String(prof.getCell(r,1).value||'').replace('*','');if(k in (data.profile||{}))prof.getCell(r,2).value=data.profile[k];}
  for(const [sheet,rows] of Object.entries(data)){ if(sheet==='profile')continue;
    const ws=wb.getWorksheet(sheet);const hdr={};ws.getRow(2).eachCell((c,i)=>hdr[c.value]=i);
    rows.forEach((row,j)=>{for(const [k,v] of Object.entries(row)){if(!hdr[k])throw new Error(sheet+' no header '+k);ws.getCell(3+j,hdr[k]).value=v;}});
    const t=Object.values(ws.tables)[0];
    if(t&&rows.length>1){const tb=t.table; const last=3+rows.length-1; const ref=tb.ref||tb.tableRef; const nref=ref.replace(/\d+$/,String(last)); tb.ref=nref; tb.tableRef=nref;
      // copy formula column for 整改率
      if(sheet==='问题整改'){const f=ws.getCell(3,5).value; for(let r=4;r<=last;r++) ws.getCell(r,5).value=f;}
    }
  }
  await wb.xlsx.writeFile(out);
}
module.exports=fill;
