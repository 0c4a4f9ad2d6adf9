// usage: node edit.js in.xlsx out.xlsx 'Sheet!A1=value' ...
const ExcelJS=require('exceljs');
(async()=>{const [i,o,...e]=process.argv.slice(2);const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(i);
for(const s of e){const m=s.match(/^(.+?)!([A-Z]+\d+)=(.*)$/s);let v=m[3];if(/^-?\d+(\.\d+)?$/.test(v))v=+v;if(v==='')v=null;wb.getWorksheet(m[1]).getCell(m[2]).value=v;}
await wb.xlsx.writeFile(o);})();
