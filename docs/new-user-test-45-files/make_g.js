const ExcelJS=require('./repo/node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();
// roster
const r=wb.addWorksheet('志愿者花名册');
r.mergeCells('A1:G1');r.getCell('A1').value='南湖社区志愿者花名册（2025年）';
r.addRow(['序号','姓名','性别','身份证号','联系电话','所属队伍','备注']);
const teams=['南湖红马甲','南湖红马甲','南湖红马甲','夕阳红巡逻队','夕阳红巡逻队','南湖红马甲','小小志愿者'];
const names=['张建华','李秀英','王“大嘴”','刘德明','陈老三','赵丽','孙小宝'];
names.forEach((n,i)=>r.addRow([i+1,n,i%2?'女':'男',`33010619${60+i}0101${1000+i}`,`1385712${3400+i}`,teams[i],i==2?'外号大嘴，嗓门大，劝导一把好手':'']));
r.addRow(['填表人：周红  电话：0571-88776655']);
// activities
const a=wb.addWorksheet('活动统计');
a.mergeCells('A1:H1');a.getCell('A1').value='南湖社区2025年上半年创文活动统计表';
a.mergeCells('A2:A3');a.getCell('A2').value='序号';
a.mergeCells('B2:B3');a.getCell('B2').value='时间';
a.mergeCells('C2:C3');a.getCell('C2').value='活动名称';
a.mergeCells('D2:E2');a.getCell('D2').value='参加情况';a.getCell('D3').value='人数';a.getCell('E3').value='其中志愿者';
a.mergeCells('F2:F3');a.getCell('F2').value='地点';
a.mergeCells('G2:G3');a.getCell('G2').value='活动内容';
a.mergeCells('H2:H3');a.getCell('H2').value='备注';
const rows=[[1,'2025.1.25','迎新春送春联','１２０人','30','社区广场','书法协会老周写春联，免费送给居民','周师傅联系电话13857001234'],
[2,'2025年3月5日','学雷锋清理小广告','45','45','各小区','清理小广告、牛皮癣',''],
[3,'三月十二日','植树节','三十余','20','滨湖公园','补种绿化',''],
[4,'2025.4.31','清明文明祭扫宣传','约80','10','社区','发倡议书',''],
[5,'2025.5.20','垃圾分类进楼道','两百','50','1-12幢','王大嘴带队挨家挨户讲','效果很好'],
[6,'2025.6.6','端午包粽子慰问','60','15','社区活动室','给孤寡老人送粽子','慰问老人25户']];
rows.forEach(x=>a.addRow(x));
a.addRow(['合计','','6场','535','170','','','']);
a.addRow(['填表人：周红','','','审核：社区书记 吴明','','','','2025年7月2日']);
// narrative
const s=wb.addWorksheet('情况说明');
s.getCell('A1').value='上半年情况说明';
s.getCell('A2').value='今年上半年，我们社区在街道的领导下，创文工作搞得热火朝天。';
s.getCell('A3').value='吴书记亲自抓，每周一开例会，大嘴王阿姨带着红马甲天天在小区里转，看到乱扔垃圾的就上去说。';
s.getCell('A4').value='小广告清了不少，大概有三百多处，但是过两天又贴上了，很头疼。';
s.getCell('A5').value='问题：老小区没有物业，楼道堆物多，居民不配合。';
s.getCell('A6').value='下半年打算：继续搞好垃圾分类，争取评上市级文明社区。';
await wb.xlsx.writeFile('g_handmade.xlsx');console.log('ok')})();
