// usage: node setcells.js in.xlsx out.xlsx 'Sheet!A1=value' ...  (value "" clears; #n: number)
const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const [i,o,...sets]=process.argv.slice(2);const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(i);
for(const s of sets){const m=s.match(/^(.+?)!([A-Z]+\d+)=(.*)$/s);let v=m[3];if(v.startsWith('#n:'))v=+v.slice(3);else if(v.startsWith('#d:'))v=new Date(v.slice(3)+'T00:00:00Z');else if(v==='')v=null;wb.getWorksheet(m[1]).getCell(m[2]).value=v;}
await wb.xlsx.writeFile(o);console.log('wrote',o)})();
