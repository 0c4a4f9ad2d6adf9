const E=require('./node_modules/exceljs');
(async()=>{const w=new E.Workbook();await w.xlsx.readFile('./files/e_village_9.xlsx');
const dump=s=>{const ws=w.getWorksheet(s);for(let r=1;r<=ws.rowCount;r++)console.log(s,r,JSON.stringify(ws.getRow(r).values.slice(1)))};
if(process.argv[2]==='dump'){for(const s of ['基本信息','组织保障','志愿服务','问题整改','文字材料','上期指标'])dump(s);return}
const set=(s,r,vals)=>{const ws=w.getWorksheet(s);vals.forEach((v,j)=>{if(v!==null)ws.getCell(r,1+j).value=v})};
// 问题整改 carried row at 3 (上期遗留 乱摆卖 2) -> rectified 2
set('问题整改',3,[null,null,'2']);
set('问题整改',4,['占道堆放','十二','10','处',null,null,null,'本期发现','柴草乱堆 村民老李家门口最多']);
set('活动台账',3,['2025.9.6','中秋“邻里一家亲”联欢会','我们的节日','百余','人','村文化礼堂','','包饺子 唱歌 陈书记讲话','']);
set('活动台账',4,['9月20日','垃圾分类宣传','宣传教育','约70','人','','','','']);
set('活动台账',5,['2025.9.31','秸秆禁烧巡查','环境整治','','','','','','']);
set('组织保障',4,['督查检查','村干部巡查','5','次',null,'每周1次','']);
set('志愿服务',3,[null,null,null,'８','二十',null,null]);
set('其他指标',3,['环境整治','清理垃圾','约20','吨','','','']);
set('宣传投放',3,['横幅','垃圾分类、秸秆禁烧','6','条','新设','600元','2025.9.10','']);
set('先进典型',3,['好婆婆','社区/村','孝老爱亲','2','王秀英、刘桂兰','2025.9.28','']);
// 落实情况 for 上期打算 rows
const tx=w.getWorksheet('文字材料');for(let r=3;r<=tx.rowCount;r++){const t=tx.getCell(r,1).value,c=String(tx.getCell(r,2).value||'');if(t==='上期打算'&&/人居/.test(c))tx.getCell(r,3).value='9月份又搞了两次大扫除，效果不错';}
const n=tx.rowCount+1; set('文字材料',n,['下一步打算','做好秋收期间秸秆禁烧','']);
await w.xlsx.writeFile('./files/e_village_9_filled.xlsx');console.log('ok')})();
