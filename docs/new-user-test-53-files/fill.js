// Fill the tool's own blank template with messy, realistic values.
const ExcelJS=require('./node_modules/exceljs');
const units=require('./data.js');
(async()=>{
 for(const u of units){
  const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./files/blank.xlsx');
  const p=wb.getWorksheet('基本信息');
  for(let r=3;r<=p.rowCount;r++){const k=p.getCell(r,1).value;if(k in u.profile)p.getCell(r,2).value=u.profile[k];}
  for(const [sheet,rows] of Object.entries(u.sheets)){
    const ws=wb.getWorksheet(sheet);const hdr=ws.getRow(2).values.slice(1);
    rows.forEach((row,i)=>{for(const [h,v] of Object.entries(row)){const c=hdr.indexOf(h);if(c<0)throw new Error(sheet+' no header '+h);ws.getCell(3+i,c+1).value=v;}});
    // extend table ref if present
    const t=ws.getTables?ws.getTables():[];
  }
  await wb.xlsx.writeFile('./files/'+u.file);console.log('wrote',u.file);
 }
})().catch(e=>{console.error(e);process.exit(1)});
