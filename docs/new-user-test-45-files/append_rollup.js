// node append.js in.xlsx spec.js out.xlsx ; spec: {profile:{}, sheets:{name:[rows]}, edit:{sheet:[{row, col:value}]}}
const ExcelJS=require('./repo/node_modules/exceljs');
const spec=require(require('path').resolve(process.argv[3]));
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
 const p=wb.getWorksheet('基本信息');
 for(let r=3;r<=p.rowCount;r++){const k=p.getCell(r,1).value; if(spec.profile&&k in spec.profile) p.getCell(r,2).value=spec.profile[k];}
 for(const [name,edits] of Object.entries(spec.edit||{})){const ws=wb.getWorksheet(name);const hdr=ws.getRow(2).values.slice(1);
   for(const e of edits){for(const [h,v] of Object.entries(e)){if(h==='row')continue; ws.getCell(e.row,hdr.indexOf(h)+1).value=v;}}}
 for(const [name,rows] of Object.entries(spec.sheets||{})){const ws=wb.getWorksheet(name);const hdr=ws.getRow(2).values.slice(1);
   let r=3; while(hdr.some((h,c)=>{const v=ws.getCell(r,c+1).value; return v!==null&&v!==undefined&&v!==''&&!(v&&v.formula);})) r++;
   rows.forEach((o,i)=>{hdr.forEach((h,c)=>{if(h in o) ws.getCell(r+i,c+1).value=o[h];}); });
   const t=ws.getTable(Object.keys(ws.tables)[0]); const last=Math.max(r+rows.length-1,3); const colL=String.fromCharCode(64+hdr.length);
   t.table.tableRef=`A2:${colL}${last}`; t.table.autoFilterRef=`A2:${colL}${last}`;}
 await wb.xlsx.writeFile(process.argv[4]); console.log('wrote',process.argv[4]);})();
