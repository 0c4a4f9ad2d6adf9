const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{
 const fix=async(inp,out,edits)=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(inp);
  for(const [s,c,v] of edits) wb.getWorksheet(s).getCell(c).value=v; await wb.xlsx.writeFile(out);console.log('wrote',out);};
 await fix('./out/a-fixed.xlsx','./out/a-ok.xlsx',[['活动台账','A5',new Date(Date.UTC(2025,1,28))]]);
 await fix('./out/b-fixed.xlsx','./out/b-ok.xlsx',[['活动台账','A9',new Date(Date.UTC(2025,10,1))]]);
 await fix('./out/c-fixed.xlsx','./out/c-ok.xlsx',[['活动台账','A5',new Date(Date.UTC(2025,8,30))],['文字材料','B5','完善高空抛物监控探头']]);
})();
