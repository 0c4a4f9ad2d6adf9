// usage: node append.js in.xlsx spec.js out.xlsx : appends rows (by header name) under each table, grows table ref
const ExcelJS=require('./repo/node_modules/exceljs');
const spec=require(require('path').resolve(process.argv[3]));
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
 for(const [name,rows] of Object.entries(spec.sheets||{})){const ws=wb.getWorksheet(name);const hdr=ws.getRow(2).values.slice(1);
  let last=2; for(let r=3;r<=ws.rowCount;r++){ if(hdr.some((h,c)=>{const v=ws.getCell(r,c+1).value; return v!==null&&v!==undefined&&v!==''&&!(v&&v.formula)})) last=r; }
  rows.forEach((o,i)=>{const r=last+1+i; hdr.forEach((h,c)=>{if(h in o) ws.getCell(r,c+1).value=o[h];}); if(name==='问题整改') ws.getCell(r,5).value={formula:`IF(N(B${r})=0,"",N(C${r})/B${r})`};});
  const end=Math.max(3,last+rows.length); const t=ws.getTable(Object.keys(ws.tables)[0]); const colL=String.fromCharCode(64+hdr.length);
  t.table.tableRef=`A2:${colL}${end}`; t.table.autoFilterRef=`A2:${colL}${end}`;}
 for(const s of spec.cells||[]){const m=s.match(/^(.+?)!([A-Z]+\d+)=(.*)$/s);wb.getWorksheet(m[1]).getCell(m[2]).value=m[3]===''?null:m[3];}
 await wb.xlsx.writeFile(process.argv[4]);console.log('wrote',process.argv[4]);})();
