const ExcelJS=require('exceljs');
module.exports=async function(spec,src,out){
 const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(src);
 const p=wb.getWorksheet('基本信息');
 for(let r=3;r<=20;r++){const k=p.getCell('A'+r).value;if(k&&spec.profile&&k in spec.profile)p.getCell('B'+r).value=spec.profile[k];}
 for(const [sh,rows] of Object.entries(spec)){ if(sh==='profile'||sh==='set')continue;
  const ws=wb.getWorksheet(sh); const heads=[];ws.getRow(2).eachCell((c,n)=>heads[n]=c.value);
  let r=2; while(ws.getCell(r+1,1).value!=null && ws.getCell(r+1,1).value!=='') r++;
  rows.forEach(row=>{r++; for(const [h,v] of Object.entries(row)){const n=heads.indexOf(h); if(n<0) throw new Error(h); ws.getCell(r,n).value=v;}});
 }
 for(const [addr,v] of Object.entries(spec.set||{})){const [sh,c]=addr.split('!');wb.getWorksheet(sh).getCell(c).value=v;}
 await wb.xlsx.writeFile(out); console.log('wrote',out);
};
