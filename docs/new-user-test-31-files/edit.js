const ExcelJS=require('exceljs');
(async()=>{const [,,inp,out,...edits]=process.argv;const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(inp);
for(const e of edits){const m=e.match(/^(.+?)!([A-Z]+\d+)=(.*)$/s);let v=m[3];if(v==='')v=null;else if(/^-?\d+(\.\d+)?$/.test(v))v=+v;else if(/^\d{4}-\d\d-\d\d$/.test(v))v=new Date(v+'T00:00:00Z');wb.getWorksheet(m[1]).getCell(m[2]).value=v;}
await wb.xlsx.writeFile(out);})();
