const E=require('exceljs');
module.exports=async function fill(out,d){const w=new E.Workbook();await w.xlsx.readFile('./files/blank.xlsx');
 const p=w.getWorksheet('基本信息');for(let r=3;r<=17;r++){const k=p.getCell(r,1).value;if(d.profile[k]!==undefined)p.getCell(r,2).value=d.profile[k];}
 for(const [sn,rows] of Object.entries(d)){if(sn==='profile')continue;const s=w.getWorksheet(sn);const hdr=s.getRow(2).values;
  rows.forEach((row,i)=>{for(const [k,v] of Object.entries(row)){const c=hdr.indexOf(k);if(c<0)throw new Error(sn+' no col '+k);s.getCell(3+i,c).value=v;}});}
 await w.xlsx.writeFile(out);}
