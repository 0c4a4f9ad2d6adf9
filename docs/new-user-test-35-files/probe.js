const ExcelJS=require('exceljs');const {execFileSync}=require('child_process');
(async()=>{const boards=['组织保障','环境整治','宣传教育','道德建设','志愿服务','文体活动','关爱帮扶','设施建设','其他'];const units=['分','份','元','人','小时','%','个','万元','台'];
const res=[];for(const bd of boards){const row=[bd];for(const u of units){const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('a2.xlsx');const s=wb.getWorksheet('其他指标');s.getCell('A3').value=bd;s.getCell('B3').value='测试指标甲';s.getCell('C3').value=77;s.getCell('D3').value=u;await wb.xlsx.writeFile('probe.xlsx');
let out='';try{out=execFileSync('npx',['campaign-ledger','summarize','probe.xlsx','-o','out/probe.docx','--text','-','--date','2025-07-06'],{encoding:'utf8',stdio:['ignore','pipe','ignore']})}catch(e){out=e.stdout||''}
row.push(u+(out.includes('测试指标甲')?'✓':'✗'));}res.push(row.join(' '));console.log(row.join(' '));}})();
