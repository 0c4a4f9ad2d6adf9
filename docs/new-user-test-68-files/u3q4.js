const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('./files/u3-Q4.xlsx');
const set=(s,rows,start=3)=>{const ws=wb.getWorksheet(s);rows.forEach((row,i)=>row.forEach((v,j)=>{if(v!=null)ws.getCell(start+i,1+j).value=v;}));};
set('志愿服务',[[null,null,null,'五','６０',null,null]]);
set('问题整改',[[null,null,3]]);
set('问题整改',[['卫生死角',6,6,'处',null,'后勤科',null,null,null],['其他',2,1,'处',null,'后勤科',null,'本期发现','食堂油烟']],4);
set('宣传投放',[['展板','创文主题展板',10,'块','新设',null,'2025.11.5',null]]);
set('活动台账',[
 ['2025.10.15','全县村（社区）干部培训班','会议培训',150,'人','党校',null,null,null],
 ['2025.11.20','乡镇干部进修班','会议培训',80,'人','党校',null,null,null],
 ['2025.12.4','宪法宣传日理论宣讲','宣传教育',300,'人次','县城广场',null,null,null],
 ['2025.10.29','重阳节敬老志愿服务','志愿服务',25,'人','城东社区',null,null,null],
]);
set('其他指标',[['宣传教育','开展理论宣讲',15,'场',null,null,null],['组织保障','培训干部','1,450','人次',null,null,null]]);
set('文字材料',[[null,null,'3处卫生死角已全部整改到位。'],[null,null,'已在3个主体班次中开设创文专题课。'],['下一步打算','做好年度创文迎检准备。',null]]);
await wb.xlsx.writeFile('./files/u3-Q4-filled.xlsx');})();
