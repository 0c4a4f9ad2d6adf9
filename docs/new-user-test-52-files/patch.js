// patch cells: node patch.js in out sheet!cell=value ...
const ExcelJS=require('./node_modules/exceljs');
(async()=>{const [,,inp,out,...sets]=process.argv;const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(inp);
for(const s of sets){const m=/^(.+)!([A-Z]+\d+)=(.*)$/.exec(s);let v=m[3];if(/^\d{4}-\d\d-\d\d$/.test(v))v=new Date(v+'T00:00:00Z');else if(/^-?\d+(\.\d+)?$/.test(v))v=Number(v);wb.getWorksheet(m[1]).getCell(m[2]).value=v;}
await wb.xlsx.writeFile(out);})();
