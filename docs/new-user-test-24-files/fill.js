const ExcelJS=require('../../node_modules/exceljs');
(async()=>{const [,,inp,out,spec]=process.argv; const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(inp);
 const s=JSON.parse(spec); for(const [addr,v] of Object.entries(s)){const [sh,c]=addr.split('!'); wb.getWorksheet(sh).getCell(c).value=v;}
 await wb.xlsx.writeFile(out);})();
