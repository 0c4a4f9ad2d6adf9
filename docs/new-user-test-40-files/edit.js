const ExcelJS=require('exceljs');
// usage: node edit.js in out 'sheet!A1=value' ...
(async()=>{const [i,o,...ed]=process.argv.slice(2);const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(i);
for(const e of ed){const m=e.match(/^(.+?)!([A-Z]+\d+)=(.*)$/s);let v=m[3];if(/^-?\d+(\.\d+)?$/.test(v))v=+v;else if(/^D:/.test(v)){const [y,mo,d]=v.slice(2).split('-');v=new Date(Date.UTC(+y,+mo-1,+d));} else if(v==='')v=null;wb.getWorksheet(m[1]).getCell(m[2]).value=v;}
await wb.xlsx.writeFile(o);console.log('edited',o);})().catch(e=>{console.error(e.message);process.exit(1)});
