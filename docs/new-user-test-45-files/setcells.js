// usage: node setcells.js in.xlsx out.xlsx 'Sheet!A1=value' ...  (value: d:2025-01-01 for dates, n:123 numbers)
const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const [i,o,...ed]=process.argv.slice(2);const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(i);
for(const e of ed){const m=e.match(/^(.+?)!([A-Z]+\d+)=(.*)$/s);let v=m[3];if(v.startsWith('d:'))v=new Date(v.slice(2)+'T00:00:00Z');else if(v.startsWith('n:'))v=Number(v.slice(2));else if(v==='')v=null;wb.getWorksheet(m[1]).getCell(m[2]).value=v;}
await wb.xlsx.writeFile(o);console.log('wrote',o)})();
