// fill.js: fill the tool's blank template from a JS spec module. usage: node fill.js spec.js out.xlsx
const E=require('./node_modules/exceljs');
(async()=>{
  const spec=require(require('path').resolve(process.argv[2]));
  const w=new E.Workbook();await w.xlsx.readFile('./files/blank.xlsx');
  const p=w.getWorksheet('基本信息');
  for(let r=3;r<=p.rowCount;r++){const k=p.getCell(r,1).value;if(k in (spec.profile||{}))p.getCell(r,2).value=spec.profile[k];}
  for(const [sheet,rows] of Object.entries(spec.sheets||{})){
    const s=w.getWorksheet(sheet);
    rows.forEach((row,i)=>row.forEach((v,j)=>{ if(v!==undefined&&v!==null&&v!=='') s.getCell(3+i,1+j).value=v; }));
    if(sheet==='问题整改') rows.forEach((row,i)=>{ if(i>0) s.getCell(3+i,5).value={formula:`IF(N(B${3+i})=0,"",N(C${3+i})/B${3+i})`}; });
    // extend table ref
    const t=Object.values(s.tables||{})[0];
    if(t&&rows.length){ const tb=t.table||t; try{ const ref=tb.ref||tb.tableRef; const m=/^([A-Z]+)(\d+)/.exec(ref); const cols=s.getRow(2).cellCount; const last=String.fromCharCode(64+cols); tb.ref=`${m[1]}2:${last}${2+rows.length}`; if(tb.tableRef) tb.tableRef=tb.ref; }catch(e){console.error('tbl',sheet,e.message)} }
  }
  await w.xlsx.writeFile(process.argv[3]); console.log('wrote',process.argv[3]);
})();
