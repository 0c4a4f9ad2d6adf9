const ExcelJS=require('exceljs');
const TBL={'组织保障':'tbl_Organization','宣传投放':'tbl_Publicity','志愿服务':'tbl_Volunteers','先进典型':'tbl_Honors','问题整改':'tbl_Rectification','活动台账':'tbl_Activities','其他指标':'tbl_Figures','文字材料':'tbl_Texts'};
function colL(n){let s='';while(n>0){const m=(n-1)%26;s=String.fromCharCode(65+m)+s;n=Math.floor((n-1)/26);}return s;}
module.exports=async function fill(spec,out,src='./out/blank.xlsx'){
 const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(src);
 const p=wb.getWorksheet('基本信息');
 for(let r=3;r<=20;r++){const k=p.getCell('A'+r).value;if(k&&spec.profile&&k in spec.profile)p.getCell('B'+r).value=spec.profile[k];}
 for(const [sh,rows] of Object.entries(spec)){ if(sh==='profile')continue;
  const ws=wb.getWorksheet(sh); const hdr=ws.getRow(2); const heads=[];hdr.eachCell((c,n)=>heads[n]=c.value);
  rows.forEach((row,i)=>{ const r=3+i; for(const [h,v] of Object.entries(row)){const n=heads.indexOf(h); if(n<0) throw new Error(sh+' no header '+h); ws.getCell(r,n).value=v;}});
  const t=ws.tables[TBL[sh]]; const last=Math.max(3,2+rows.length);
  if(t){const tb=t.table||t; const ref=`A2:${colL(heads.length-1)}${last}`; tb.ref=ref; tb.tableRef=ref; if(tb.autoFilterRef)tb.autoFilterRef=ref;}
 }
 await wb.xlsx.writeFile(out); console.log('wrote',out);
};
