const ExcelJS=require('exceljs');
(async()=>{const [,,inp,out,...edits]=process.argv;const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(inp);
for(const e of edits){const [ref,val]=e.split('=');const [s,c]=ref.split('!');let v=val;if(/^\d+(\.\d+)?$/.test(val))v=+val;else if(/^\d{4}-\d\d-\d\d$/.test(val))v=new Date(val+'T00:00:00Z');else if(val==='')v=null;wb.getWorksheet(s).getCell(c).value=v;}
await wb.xlsx.writeFile(out);})();
