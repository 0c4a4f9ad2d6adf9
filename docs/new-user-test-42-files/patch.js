const ExcelJS=require('exceljs');
(async()=>{const [,,inp,out,...edits]=process.argv;const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(inp);
for(const e of edits){const m=e.match(/^(.+?)!([A-Z]+\d+)=(.*)$/s);let v=m[3];if(/^-?\d+(\.\d+)?$/.test(v))v=+v;else if(/^D:/.test(v))v=new Date(v.slice(2)+'T00:00:00Z');else if(v==='')v=null;wb.getWorksheet(m[1]).getCell(m[2]).value=v;}
await wb.xlsx.writeFile(out);console.log('patched',out);})();
