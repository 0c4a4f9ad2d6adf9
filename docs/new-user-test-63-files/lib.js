const ExcelJS=require('exceljs');
exports.make=async function(out,profile,sheets,tpl='./files/tpl.xlsx'){
 const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(tpl);
 const p=wb.getWorksheet('基本信息');
 for(let r=3;r<=30;r++){const k=p.getCell(r,1).value;if(k&&profile[k]!==undefined)p.getCell(r,2).value=profile[k];}
 for(const [name,rows] of Object.entries(sheets)){const ws=wb.getWorksheet(name);
  rows.forEach((row,i)=>row.forEach((v,j)=>{if(v!==null&&v!==undefined&&v!=='')ws.getCell(3+i,1+j).value=v;}));}
 await wb.xlsx.writeFile(out);console.log('wrote',out);}
