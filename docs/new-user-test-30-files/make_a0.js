const ExcelJS=require('exceljs');
async function make(out, profile, sheets){
  const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile(__dirname+'/blank.xlsx');
  const p=wb.getWorksheet('基本信息');
  p.eachRow((r,i)=>{const k=r.getCell(1).value; if(k in profile) r.getCell(2).value=profile[k];});
  for(const [name,rows] of Object.entries(sheets)){
    const ws=wb.getWorksheet(name);
    rows.forEach((row,i)=>row.forEach((v,j)=>{ if(v!==undefined&&v!==null) ws.getRow(3+i).getCell(1+j).value=v;}));
  }
  await wb.xlsx.writeFile(__dirname+'/'+out); console.log('wrote',out);
}
const D=(s)=>new Date(s+'T00:00:00Z');
module.exports={make,D};
if(require.main===module)(async()=>{
// (a) 城中村社区
await make('a0-社区-2024.xlsx',{单位名称:'石牌东社区居委会',单位类型:'社区',上级指导单位:'石牌街道办事处',报告年度:2024,报告期:'上半年',常住人口:'约２万',户数:'6,200',填报人:'李小红',联系电话:'13800138000'},{
 组织保障:[['领导小组','成立社区创文工作领导小组',1,'个',D('2024-01-08'),null,'组长王建国 13912345678'],
          ['工作机制','出租屋“以房管人”登记核查机制',null,null,null,'每周1次',null],
          ['共建单位','与辖区派出所、物业公司签订共建协议','三',"家",'2024.3.8',null,null]],
 宣传投放:[['公益广告','城中村主巷道',80,'块','新设','3,600元','2024年4月1日',null],
          ['宣传单','流动人口文明出行倡议','两千','份','发放',800,'2024-02-28',null],
          ['横幅','出租屋消防安全',35,'条','新设',null,D('2024-05-06'),null]],
 志愿服务:[['石牌东社区党员志愿服务队','党员志愿者',20,5,60,'出租屋巡查、文明劝导','队长张三 身份证440106198001011234']],
 先进典型:[['最美出租屋房东','社区/村','诚实守信',2,'陈大明、刘芳',D('2024-05-20'),null]],
 问题整改:[['乱张贴',60,58,'处',null,'网格站','2024-06-30',null,null],
          ['占道经营','百余',80,'宗',null,'城管中队',null,null,null],
          ['其他',12,9,'处',null,null,null,null,'出租屋消防隐患 房东电话13600001234']],
 活动台账:[[D('2024-03-05'),'学雷锋志愿服务进城中村','志愿服务',80,'人次','石牌东牌坊',null,'清理小广告',null],
          ['2024.4.4','清明文明祭扫宣传','我们的节日','35人',null,null,null,null,null],
          [D('2024-07-15'),'暑期防溺水宣传','宣传教育',50,'人',null,null,null,'报告期外'],
          [D('2024-05-31'),'流动人口子女六一关爱','关爱帮扶',40,'人',null,null,null,'联系人 13700001111']],
 其他指标:[['环境整治','登记出租屋',1200,'间','余',null,null],
          ['其他','登记流动人口','1.5万','人',null,null,null],
          ['环境整治','清理小广告',3000,'张','近','每周2次',null]],
 文字材料:[['导语','社区地处城中村，出租屋多、流动人口多，管理难度大。'],
          ['存在不足','出租屋“一房多租”问题仍然存在。'],
          ['下一步打算','继续推进出租屋分级分类管理。']]
});
})();
