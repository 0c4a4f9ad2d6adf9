const ExcelJS=require('../../node_modules/exceljs');
const units=require('./units2.js');
async function make(u){
  const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile(__dirname+'/blank.xlsx');
  const p=wb.getWorksheet('基本信息');
  for(let r=3;r<=16;r++){const k=p.getCell('A'+r).value; if(u.profile[k]!==undefined) p.getCell('B'+r).value=u.profile[k];}
  for(const [sheet,rows] of Object.entries(u.sheets||{})){
    const ws=wb.getWorksheet(sheet);
    const hdr=[];ws.getRow(2).eachCell((c,n)=>hdr[n]=c.value);
    rows.forEach((obj,i)=>{for(const [k,v] of Object.entries(obj)){const n=hdr.indexOf(k); if(n<0) throw new Error(sheet+' no col '+k); ws.getCell(3+i,n).value=v;}});
  }
  await wb.xlsx.writeFile(__dirname+'/'+u.file);
  console.log('wrote',u.file);
}
(async()=>{const only=process.argv[2]; for(const u of units) if(!only||u.file.includes(only)) await make(u);})();
