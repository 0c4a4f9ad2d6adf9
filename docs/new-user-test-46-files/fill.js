// usage: node fill.js spec.js out.xlsx   (fills the tool's own blank template)
const ExcelJS=require('./repo/node_modules/exceljs');
const spec=require(require('path').resolve(process.argv[2]));
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./files/blank.xlsx');
 const p=wb.getWorksheet('基本信息');
 for(let r=3;r<=p.rowCount;r++){const k=p.getCell(r,1).value; if(k in spec.profile) p.getCell(r,2).value=spec.profile[k];}
 for(const [name,rows] of Object.entries(spec.sheets||{})){const ws=wb.getWorksheet(name);
   const hdr=ws.getRow(2).values.slice(1);
   const tname=Object.keys(ws.tables)[0]; const t=ws.getTable(tname);
   rows.forEach((o,i)=>{const r=3+i; hdr.forEach((h,c)=>{ if(h in o) ws.getCell(r,c+1).value=o[h];}); if(name==='问题整改') ws.getCell(r,5).value={formula:`IF(N(B${r})=0,"",N(C${r})/B${r})`};});
   const last=2+Math.max(1,rows.length); const colL=String.fromCharCode(64+hdr.length);
   t.table.tableRef=`A2:${colL}${last}`; t.table.autoFilterRef=`A2:${colL}${last}`;
 }
 await wb.xlsx.writeFile(process.argv[3]); console.log('wrote',process.argv[3]);})();
