const ExcelJS=require('exceljs');
// usage: node edit.js in out 'Sheet!A1=value' ...
(async()=>{const [,,i,o,...eds]=process.argv;const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(i);
for(const e of eds){const m=e.match(/^(.+?)!([A-Z]+\d+)=(.*)$/s);let v=m[3];
 if(v.startsWith('#d:'))v=new Date(v.slice(3)+'T00:00:00Z'); else if(v.startsWith('#n:'))v=Number(v.slice(3)); else if(v==='#null')v=null;
 wb.getWorksheet(m[1]).getCell(m[2]).value=v;}
await wb.xlsx.writeFile(o);})();
