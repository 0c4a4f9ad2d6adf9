const ExcelJS=require('exceljs');
(async()=>{const [f,out,...ed]=process.argv.slice(2);const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(f);
for(const e of ed){const [ref,v]=e.split('=');const [s,c]=ref.split('!');wb.getWorksheet(s).getCell(c).value=v===''?null:v;}
await wb.xlsx.writeFile(out);})();
