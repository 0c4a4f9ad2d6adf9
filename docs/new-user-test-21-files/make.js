const path=require('path');
const ExcelJS=require(path.join(__dirname,'../../node_modules/exceljs'));
const F=p=>path.join(__dirname,p);
const SHEETS=['组织保障','宣传投放','志愿服务','先进典型','问题整改','活动台账','其他指标','文字材料'];
async function build(spec,out){
  const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile(F('blank.xlsx'));
  const bi=wb.getWorksheet('基本信息');
  for(let r=3;r<=16;r++){const k=bi.getCell('A'+r).value; if(spec.info[k]!==undefined) bi.getCell('B'+r).value=spec.info[k];}
  for(const s of SHEETS){const rows=spec[s]||[]; if(!rows.length) continue; const ws=wb.getWorksheet(s);
    const hdr=[];ws.getRow(2).eachCell((c,n)=>hdr[n]=c.value);
    rows.forEach((row,i)=>{const r=3+i;
      if(Array.isArray(row)) row.forEach((v,j)=>{ if(v!==undefined&&v!==null) ws.getCell(r,j+1).value=v;});
      else for(const k in row){const j=hdr.indexOf(k); if(j<0) throw new Error(s+' no col '+k); ws.getCell(r,j).value=row[k];}
    });
    const t=Object.values(ws.tables)[0]; if(t){ const tb=t.table||t; const ref=tb.tableRef||tb.ref; const m=/^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
      if(m){const nr=`${m[1]}${m[2]}:${m[3]}${2+rows.length}`; if(tb.tableRef) tb.tableRef=nr; tb.ref=nr;} }
  }
  await wb.xlsx.writeFile(F(out)); console.log('wrote',out);
}
module.exports={build,F};
if(require.main===module){ (async()=>{ for(const f of require('fs').readdirSync(__dirname).filter(f=>/^spec-.*\.js$/.test(f))){const s=require(F(f)); await build(s.spec,s.out);} })().catch(e=>{console.error(e);process.exit(1);}); }
