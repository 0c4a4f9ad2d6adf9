const ExcelJS=require('exceljs');
// usage: node patch.js in out 'Sheet!A1=value' ...
(async()=>{const [,,inp,out,...sets]=process.argv;const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(inp);
for(const s of sets){const m=s.match(/^(.+?)!([A-Z]+\d+)=(.*)$/s);let v=m[3];if(/^-?\d+(\.\d+)?$/.test(v))v=Number(v);if(v==='')v=null;
 const dm=typeof v==='string'&&v.match(/^D(\d{4})-(\d\d)-(\d\d)$/); if(dm)v=new Date(Date.UTC(+dm[1],dm[2]-1,+dm[3]));
 wb.getWorksheet(m[1]).getCell(m[2]).value=v;}
await wb.xlsx.writeFile(out);})();
