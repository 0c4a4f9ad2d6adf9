// node edit.js in.xlsx out.xlsx 'Sheet!A1=value' ...
const ExcelJS=require('exceljs');
(async()=>{const [i,o,...eds]=process.argv.slice(2);const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(i);
for(const e of eds){const m=e.match(/^(.+?)!([A-Z]+\d+)=(.*)$/s);let v=m[3];if(/^-?\d+(\.\d+)?$/.test(v))v=+v;if(v==='')v=null;if(/^D:/.test(v))v=new Date(v.slice(2)+'T00:00:00Z');wb.getWorksheet(m[1]).getCell(m[2]).value=v;}
await wb.xlsx.writeFile(o);console.log('edited',o)})();
