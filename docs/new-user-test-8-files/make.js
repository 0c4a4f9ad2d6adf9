// New-user test 8: makes the input files beside this script.
// Run: node docs/new-user-test-8-files/make.js   (from anywhere; paths are relative to this folder)
'use strict';
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync } = require('child_process');
const repo = path.resolve(__dirname, '..', '..');
const ExcelJS = require(path.join(repo, 'node_modules', 'exceljs'));
const OUT = __dirname;
const ROLL = path.join(OUT, 'rollup');
fs.mkdirSync(ROLL, { recursive: true });
const CLI = path.join(repo, 'bin', 'campaign-ledger.js');
const TEMPLATE = path.join(os.tmpdir(), 'nu8-template-' + process.pid + '.xlsx');
execFileSync(process.execPath, [CLI, 'template', '-o', TEMPLATE]);

const RATE = { formula: 'IF(N(tbl_Rectification[[#This Row],[发现数]])=0,"",N(tbl_Rectification[[#This Row],[已整改数]])/tbl_Rectification[[#This Row],[发现数]])' };
const col = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const D = (s) => new Date(s + 'T00:00:00Z');
async function blank() { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(TEMPLATE); return wb; }
function profile(wb, items) {
  const ws = wb.getWorksheet('基本信息');
  ws.eachRow((row) => { const k = row.getCell(1).value; if (k in items) row.getCell(2).value = items[k]; });
}
function fill(wb, sheet, rows) {
  const ws = wb.getWorksheet(sheet);
  const t = Object.values(ws.tables)[0].table;
  const headers = t.columns.map((c) => c.name);
  rows.forEach((obj, i) => headers.forEach((h, j) => {
    let v = obj[h];
    if (h === '整改率') v = RATE;
    ws.getCell(3 + i, j + 1).value = v === undefined ? null : v;
  }));
  t.tableRef = `A2:${col(headers.length)}${2 + Math.max(rows.length, 1)}`;
  t.autoFilterRef = t.tableRef;
}
async function write(file, data) {
  const wb = await blank();
  profile(wb, data.profile);
  for (const [sheet, rows] of Object.entries(data)) if (sheet !== 'profile') fill(wb, sheet, rows);
  await wb.xlsx.writeFile(file);
  console.log('wrote', path.relative(OUT, file));
}

// ---------------- 江城职业技术学院 (高校, 学校) 2025 上半年 ----------------
function college(messy) {
  return {
    profile: {
      单位名称: '江城职业技术学院', 单位类型: messy ? '高校' : '学校', 上级指导单位: '市教育局、市文明办',
      工作思路: '以“文明校园+志愿服务”为抓手',
      报告年度: messy ? '2025年' : 2025, 报告期: '上半年', 常住人口: messy ? '约12000' : 12000,
      填报人: '孙丽', 联系电话: messy ? '孙老师 13907310088' : '0731-85551234',
      成文日期: messy ? '2025年7月' : D('2025-07-04'),
    },
    组织保障: [
      { 事项类型: '领导小组', 名称或内容: '以党委书记为组长的文明校园创建工作领导小组', 数量: 1, 单位: '个', 日期: messy ? '2025年3月' : D('2025-03-03') },
      { 事项类型: '工作会议', 名称或内容: '文明校园创建推进会', 数量: messy ? '4次' : 4, 单位: '次', 频次: '每月1次' },
      { 事项类型: '任务分解', 名称或内容: '创建任务分解到二级学院和职能部门', 数量: 12, 单位: messy ? '个部门' : '项' },
      { 事项类型: '督查检查', 名称或内容: '校园环境和课堂秩序专项督查', 数量: 8, 单位: '次', 备注: messy ? '督查组联系人王主任 13807315566' : undefined },
    ],
    宣传投放: [
      { 类型: '展板', 位置或内容: '图书馆前“社会主义核心价值观”展板', 数量: messy ? '约30' : 30, 单位: '块', 方式: '新设', '投入金额（元）': messy ? '两千' : 2000, 日期: messy ? '2025.3.18' : D('2025-03-18') },
      { 类型: '电子屏', 位置或内容: '校门及食堂电子屏滚动播放公益广告', 数量: 6, 单位: messy ? '台' : '块', 方式: '维护' },
      { 类型: '宣传单', 位置或内容: '“光盘行动”倡议宣传单', 数量: messy ? '两千' : 2000, 单位: '份', 方式: '发放', 日期: D('2025-04-10') },
      { 类型: '横幅', 位置或内容: '新生宿舍区', 数量: 15, 单位: '条', 方式: '新设', '投入金额（元）': 1500 },
    ],
    志愿服务: [
      { 队伍名称: '青年志愿者协会', 队伍类型: '青年志愿者', 注册人数: messy ? '1200人' : 1200, 服务次数: 46, '服务时长（小时）': messy ? '约5000' : 5000, 主要服务内容: '社区支教、交通文明劝导、大型赛会服务' },
      { 队伍名称: '“白衣天使”医护志愿服务队', 队伍类型: messy ? '学生志愿者' : '专业志愿者', 注册人数: 85, 服务次数: 20, '服务时长（小时）': 320, 主要服务内容: '义诊、急救知识进社区' },
      { 队伍名称: '教工党员志愿服务队', 队伍类型: '党员志愿者', 注册人数: 140, 服务次数: 12, '服务时长（小时）': 260, 主要服务内容: '结对帮扶、校园文明督导', 备注: messy ? '队长李建国，电话13973120011' : undefined },
    ],
    先进典型: [
      { 荣誉名称: '江城好人', 级别: '市', 类别: '见义勇为', 人数: 1, 姓名: '陈浩', 日期: D('2025-05-20') },
      { 荣誉名称: '优秀志愿者', 级别: messy ? '校级' : '其他', 类别: '敬业奉献', 人数: messy ? '12人' : 12 },
      { 荣誉名称: '文明寝室', 级别: '其他', 类别: '其他', 人数: 40 },
    ],
    问题整改: [
      { 问题类别: '乱张贴', 发现数: 60, 已整改数: 58, 单位: '处', 责任单位: '后勤处' },
      { 问题类别: '卫生死角', 发现数: 25, 已整改数: messy ? 27 : 25, 单位: '处', 责任单位: '各二级学院' },
      { 问题类别: messy ? '电动车乱停' : '其他', 发现数: 40, 已整改数: 35, 单位: '处', 责任单位: '保卫处', 备注: messy ? null : '电动车乱停放' },
      { 问题类别: '流动摊点', 发现数: messy ? '约10' : 10, 已整改数: 10, 单位: '处', 责任单位: '保卫处' },
    ],
    活动台账: [
      { 日期: messy ? '2025年3月5日' : D('2025-03-05'), 活动名称: '学雷锋志愿服务月启动仪式', 活动类型: '志愿服务', 参与数量: messy ? '约300' : 300, 单位: '人', 地点: '体育馆' },
      { 日期: D('2025-04-03'), 活动名称: '清明网上祭英烈', 活动类型: '我们的节日', 参与数量: 2600, 单位: '人次', 地点: '线上' },
      { 日期: D('2025-04-18'), 活动名称: '道德讲堂：身边的好人', 活动类型: '道德讲堂', 参与数量: 220, 单位: '人', 地点: '学术报告厅' },
      { 日期: D('2025-05-04'), 活动名称: '五四青年节主题团日', 活动类型: messy ? '团日活动' : '宣传教育', 参与数量: 1500, 单位: '人', 地点: '各二级学院' },
      { 日期: D('2025-05-30'), 活动名称: '端午包粽子送社区老人', 活动类型: '我们的节日', 参与数量: 80, 单位: '人', 地点: '望江社区', 备注: messy ? '对接人：社区张姐 15874120099' : undefined },
      { 日期: messy ? '2025年6月' : D('2025-06-12'), 活动名称: '毕业季文明离校倡议', 活动类型: '宣传教育', 参与数量: messy ? '两千' : 2000, 单位: '人', 地点: '全校' },
      { 日期: D('2025-08-20'), 活动名称: '迎新志愿服务培训', 活动类型: '会议培训', 参与数量: 120, 单位: '人', 地点: '图书馆' },
    ],
    其他指标: [
      { 板块: '宣传教育', 指标名称: '开设思政选修课', 数值: 6, 单位: '门' },
      { 板块: '设施建设', 指标名称: '新增校园垃圾分类投放点', 数值: messy ? '约30' : 30, 单位: '个', 表述: messy ? undefined : '约' },
      { 板块: '文体活动', 指标名称: '举办校园文化艺术节', 数值: 1, 单位: '届' },
    ],
    文字材料: [
      { 类型: '导语', 内容: '学院坚持把文明校园创建作为立德树人的重要抓手，全员参与、全程推进。' },
      { 类型: '工作亮点', 内容: '组建“白衣天使”医护志愿服务队，常态化开展义诊进社区活动。' },
      { 类型: '存在不足', 内容: '部分学生文明习惯养成还不够牢固，校园电动车乱停放问题时有反复。' },
      { 类型: '下一步打算', 内容: '完善二级学院创建考核办法，把文明寝室评比纳入学生综合测评。' },
      { 类型: '下一步打算', 内容: '持续开展电动车停放专项整治，增设停放点位。' },
    ],
  };
}

// ---------------- 江城市第三人民医院 (企事业单位) 2025 上半年 ----------------
const hospital = {
  profile: {
    单位名称: '江城市第三人民医院', 单位简称: '我院', 单位类型: '企事业单位', 上级指导单位: '市卫生健康委',
    工作思路: '以“文明窗口+志愿服务”为抓手', 报告年度: 2025, 报告期: '上半年',
    填报人: '周敏', 联系电话: '0731-84440000', 成文日期: D('2025-07-08'),
  },
  组织保障: [
    { 事项类型: '领导小组', 名称或内容: '以院党委书记为组长的创建文明单位工作领导小组', 数量: 1, 单位: '个', 日期: D('2025-01-08') },
    { 事项类型: '工作机制', 名称或内容: '科室创建责任制，科主任为第一责任人', 数量: 1, 单位: '项' },
    { 事项类型: '工作会议', 名称或内容: '创建工作例会', 数量: 6, 单位: '次', 频次: '每月1次' },
    { 事项类型: '督查检查', 名称或内容: '门诊及病区文明服务暗访', 数量: 24, 单位: '次', 频次: '每周1次' },
  ],
  宣传投放: [
    { 类型: '电子屏', 位置或内容: '门诊大厅及住院部电梯间', 数量: 18, 单位: '块', 方式: '维护' },
    { 类型: '公益广告', 位置或内容: '院区围挡“讲文明树新风”公益广告', 数量: 40, 单位: '块', 方式: '新设', '投入金额（元）': 12000, 日期: D('2025-03-10') },
    { 类型: '宣传资料', 位置或内容: '健康科普及文明就医手册', 数量: 5000, 单位: '份', 方式: '发放' },
  ],
  志愿服务: [
    { 队伍名称: '“健康守护”医务志愿服务队', 队伍类型: '专业志愿者', 注册人数: 260, 服务次数: 36, '服务时长（小时）': 1800, 主要服务内容: '义诊、健康讲座、导医导诊' },
    { 队伍名称: '“红马甲”导诊志愿服务队', 队伍类型: '综合志愿者', 注册人数: 90, 服务次数: 120, '服务时长（小时）': 2400, 主要服务内容: '门诊导诊、自助机指导' },
  ],
  先进典型: [
    { 荣誉名称: '最美医生', 级别: '市', 类别: '敬业奉献', 人数: 2, 姓名: '刘明、胡静' },
    { 荣誉名称: '优质服务标兵', 级别: '其他', 类别: '敬业奉献', 人数: 10 },
  ],
  问题整改: [
    { 问题类别: '卫生死角', 发现数: 18, 已整改数: 18, 单位: '处', 责任单位: '总务科' },
    { 问题类别: '其他', 发现数: 12, 已整改数: 9, 单位: '件', 责任单位: '门诊部', 备注: '窗口服务态度投诉' },
    { 问题类别: '乱张贴', 发现数: 30, 已整改数: 30, 单位: '处', 责任单位: '保卫科' },
  ],
  活动台账: [
    { 日期: D('2025-03-05'), 活动名称: '学雷锋义诊进社区', 活动类型: '志愿服务', 参与数量: 45, 单位: '人', 地点: '望江社区' },
    { 日期: D('2025-04-07'), 活动名称: '世界卫生日健康咨询', 活动类型: '宣传教育', 参与数量: 600, 单位: '人次', 地点: '门诊广场' },
    { 日期: D('2025-05-12'), 活动名称: '国际护士节表彰会', 活动类型: '会议培训', 参与数量: 300, 单位: '人', 地点: '学术厅' },
    { 日期: D('2025-06-14'), 活动名称: '世界献血者日无偿献血', 活动类型: '志愿服务', 参与数量: 156, 单位: '人', 地点: '院区' },
  ],
  其他指标: [
    { 板块: '关爱帮扶', 指标名称: '减免困难患者医疗费用', 数值: 12.6, 单位: '万元' },
    { 板块: '宣传教育', 指标名称: '开展健康讲座', 数值: 24, 单位: '场' },
    { 板块: '设施建设', 指标名称: '设置无障碍通道', 数值: 8, 单位: '处' },
  ],
  文字材料: [
    { 类型: '工作亮点', 内容: '推行“一站式”服务中心，群众就医“最多跑一次”。' },
    { 类型: '存在不足', 内容: '门诊高峰时段候诊秩序还需加强，志愿者力量不足。' },
    { 类型: '下一步打算', 内容: '扩充“红马甲”志愿者队伍，重点保障门诊高峰时段。' },
  ],
};

// ---------------- 望江街道 communities (社区) ----------------
function community(name, o) {
  return {
    profile: {
      单位名称: name, 单位类型: '社区', 上级指导单位: '望江街道党工委', 报告年度: o.year, 报告期: o.period,
      常住人口: o.pop, 户数: o.hh, 填报人: '网格员', 联系电话: '0731-8888' + o.tel, 成文日期: o.doc,
    },
    组织保障: [
      { 事项类型: '领导小组', 名称或内容: '以社区党委书记为组长的创文工作领导小组', 数量: 1, 单位: '个', 日期: o.d('01-06') },
      { 事项类型: '共建单位', 名称或内容: '与驻区单位签订共驻共建协议', 数量: o.partners, 单位: '家' },
      { 事项类型: '工作会议', 名称或内容: '创文工作推进会', 数量: 6, 单位: '次', 频次: '每月1次' },
    ],
    宣传投放: [
      { 类型: '公益广告', 位置或内容: '小区出入口及主干道', 数量: o.ads, 单位: '块', 方式: '新设', '投入金额（元）': o.money, 日期: o.d('03-15') },
      { 类型: '宣传栏', 位置或内容: '小区宣传栏', 数量: 6, 单位: '块', 方式: '更换', '投入金额（元）': 3600 },
      { 类型: '宣传资料', 位置或内容: '文明养犬、垃圾分类宣传资料', 数量: o.flyers, 单位: '份', 方式: '发放' },
    ],
    志愿服务: [
      { 队伍名称: name.replace('居委会', '') + '党员志愿服务队', 队伍类型: '党员志愿者', 注册人数: o.vol, 服务次数: 20, '服务时长（小时）': o.hours, 主要服务内容: '文明劝导、环境清扫' },
      { 队伍名称: '银发志愿服务队', 队伍类型: '老年志愿者', 注册人数: 40, 服务次数: 15, '服务时长（小时）': 300, 主要服务内容: '楼道巡查、邻里调解' },
    ],
    先进典型: [
      { 荣誉名称: '社区好人', 级别: '社区/村', 类别: '助人为乐', 人数: 5 },
      { 荣誉名称: '最美家庭', 级别: '街道/乡镇', 类别: '孝老爱亲', 人数: o.families },
    ],
    问题整改: o.problems,
    活动台账: [
      { 日期: o.d('03-05'), 活动名称: '学雷锋志愿服务', 活动类型: '志愿服务', 参与数量: 60, 单位: '人', 地点: '社区广场' },
      { 日期: o.d('04-20'), 活动名称: '道德讲堂', 活动类型: '道德讲堂', 参与数量: 80, 单位: '人次', 地点: '社区会议室' },
      { 日期: o.d('05-10'), 活动名称: '环境卫生大扫除', 活动类型: '环境整治', 参与数量: 120, 单位: '人次', 地点: '辖区' },
    ],
    其他指标: [
      { 板块: '环境整治', 指标名称: '清理小广告', 数值: o.posters, 单位: '处' },
    ],
    文字材料: o.texts,
  };
}
const h1 = (y) => (md) => D(`${y}-${md}`);
const h2 = (y) => (md) => D(`${y}-${String(Number(md.slice(0, 2)) + 6).padStart(2, '0')}${md.slice(2)}`);

const wangjiangPrev = community('望江社区居委会', {
  year: 2024, period: '下半年', pop: 9200, hh: 3300, tel: '0001', doc: D('2025-01-06'), d: h2(2024),
  partners: 6, ads: 40, money: 18000, flyers: 3000, vol: 380, hours: 1500, families: 3, posters: 200,
  problems: [
    { 问题类别: '占道经营', 发现数: 20, 已整改数: 18, 单位: '处', 责任单位: '社区网格站' },
    { 问题类别: '乱张贴', 发现数: 50, 已整改数: 50, 单位: '处', 责任单位: '物业公司' },
    { 问题类别: '违章搭建', 发现数: 5, 已整改数: 2, 单位: '处', 责任单位: '街道城管科' },
  ],
  texts: [
    { 类型: '工作亮点', 内容: '推行“红色物业”，物业公司党支部参与小区治理。' },
    { 类型: '存在不足', 内容: '老旧小区停车难问题突出。' },
    { 类型: '下一步打算', 内容: '推进老旧小区停车位改造。' },
    { 类型: '下一步打算', 内容: '持续治理占道经营和违章搭建。' },
  ],
});
const wangjiang = community('望江社区居委会', {
  year: 2025, period: '上半年', pop: 9300, hh: 3350, tel: '0001', doc: D('2025-07-05'), d: h1(2025),
  partners: 8, ads: 55, money: 22000, flyers: 4000, vol: 420, hours: 1800, families: 4, posters: 260,
  problems: [
    { 问题类别: '占道经营', 发现数: 24, 已整改数: 22, 单位: '处', 责任单位: '社区网格站' },
    { 问题类别: '乱张贴', 发现数: 60, 已整改数: 60, 单位: '处', 责任单位: '物业公司' },
  ],
  texts: [
    { 类型: '工作亮点', 内容: '推行“红色物业”，物业公司党支部参与小区治理。' },
    { 类型: '下一步打算', 内容: '推进老旧小区停车位改造。' },
  ],
});
const binjiang = community('滨江社区居委会', {
  year: 2025, period: '上半年', pop: 6100, hh: 2100, tel: '0002', doc: D('2025-07-03'), d: h1(2025),
  partners: 4, ads: 30, money: 9000, flyers: 2500, vol: 260, hours: 900, families: 2, posters: 120,
  problems: [
    { 问题类别: '流动摊点', 发现数: 15, 已整改数: 9, 单位: '处', 责任单位: '社区网格站' },
    { 问题类别: '卫生死角', 发现数: 22, 已整改数: 20, 单位: '处', 责任单位: '物业公司' },
  ],
  texts: [
    { 类型: '存在不足', 内容: '流动摊点反复回潮。' },
    { 类型: '下一步打算', 内容: '联合城管中队开展流动摊点集中整治。' },
  ],
});
const linjiangBad = community('临江社区居委会', {
  year: 2025, period: '上半年', pop: 4800, hh: 1700, tel: '0003', doc: D('2025-07-02'), d: h1(2025),
  partners: 3, ads: 20, money: 5000, flyers: 1500, vol: 150, hours: 600, families: 1, posters: 80,
  problems: [
    { 问题类别: '噪音扰民', 发现数: 6, 已整改数: 8, 单位: '起', 责任单位: '社区' },
  ],
  texts: [{ 类型: '下一步打算', 内容: '加强夜间噪音巡查。' }],
});
// a unit of another period (sent by mistake)
const wangjiangOld = wangjiangPrev;

(async () => {
  await write(path.join(OUT, '01-江城职业技术学院-2025上半年-有错误.xlsx'), college(true));
  await write(path.join(OUT, '02-江城职业技术学院-2025上半年-已改正.xlsx'), college(false));
  await write(path.join(OUT, '03-江城市第三人民医院-2025上半年.xlsx'), hospital);
  await write(path.join(OUT, '04-望江社区-2024下半年-上期.xlsx'), wangjiangPrev);
  await write(path.join(OUT, '05-望江社区-2025上半年.xlsx'), wangjiang);
  await write(path.join(ROLL, 'A-望江社区-2025上半年.xlsx'), wangjiang);
  await write(path.join(ROLL, 'B-滨江社区-2025上半年.xlsx'), binjiang);
  await write(path.join(ROLL, 'C-临江社区-2025上半年-有错误.xlsx'), linjiangBad);
  await write(path.join(ROLL, 'D-望江社区-2025上半年-重复报送.xlsx'), wangjiang);
  await write(path.join(ROLL, 'E-望江社区-2024下半年-报错期.xlsx'), wangjiangOld);

  // 06: start next period from 04 with the CLI, then fill it as staff would
  const nextFile = path.join(OUT, '06-望江社区-2025上半年-开始下一期后填写.xlsx');
  execFileSync(process.execPath, [CLI, 'next', path.join(OUT, '04-望江社区-2024下半年-上期.xlsx'), '-o', nextFile]);
  {
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(nextFile);
    profile(wb, { 成文日期: D('2025-07-05') });
    const full = wangjiang;
    for (const s of ['宣传投放', '先进典型', '活动台账', '其他指标']) fill(wb, s, full[s]);
    // 问题整改: keep carried rows, mark one as partly done, add this period's rows
    const ws = wb.getWorksheet('问题整改');
    const t = Object.values(ws.tables)[0].table;
    const headers = t.columns.map((c) => c.name);
    const rows = [];
    for (let r = 3; r <= 2 + 20; r++) {
      const v = headers.map((h, j) => ws.getCell(r, j + 1).value);
      if (v.every((x) => x === null || x === undefined || (x && x.formula))) break;
      const o = {}; headers.forEach((h, j) => { o[h] = v[j]; }); rows.push(o);
    }
    for (const o of rows) if (o.问题类别 === '违章搭建') o.已整改数 = 2; // 3 left, 2 done now
    for (const o of rows) if (o.问题类别 === '占道经营') o.已整改数 = 2; // 2 left, both done
    fill(wb, '问题整改', rows.concat(full.问题整改));
    // 志愿服务: fill 服务次数/时长
    const vs = wb.getWorksheet('志愿服务');
    const vt = Object.values(vs.tables)[0].table; const vh = vt.columns.map((c) => c.name);
    vs.getCell(3, vh.indexOf('服务次数') + 1).value = 22; vs.getCell(3, vh.indexOf('服务时长（小时）') + 1).value = 1800;
    vs.getCell(4, vh.indexOf('服务次数') + 1).value = 16; vs.getCell(4, vh.indexOf('服务时长（小时）') + 1).value = 320;
    // 文字材料: 上期打算 rows carried: fill 落实情况 of the first; add new texts
    const ts = wb.getWorksheet('文字材料');
    const tt = Object.values(ts.tables)[0].table; const th = tt.columns.map((c) => c.name);
    const trows = [];
    for (let r = 3; r <= 10; r++) { const a = ts.getCell(r, 1).value; if (!a) break; const o = {}; th.forEach((h, j) => { o[h] = ts.getCell(r, j + 1).value; }); trows.push(o); }
    if (trows[0]) trows[0].落实情况 = '已完成2个小区共120个停车位改造';
    fill(wb, '文字材料', trows.concat(full.文字材料));
    await wb.xlsx.writeFile(nextFile);
    console.log('wrote', path.relative(OUT, nextFile));
  }

  // 07: an enterprise's own hand-made sheets for 导入 (not standard)
  {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('志愿活动登记');
    a.mergeCells('A1:F1'); a.getCell('A1').value = '江城燃气集团有限公司2025年上半年志愿服务活动登记表';
    a.getRow(2).values = ['序号', '活动时间', '活动主题', '参加人数', '活动地点', '负责部门'];
    a.getRow(3).values = [1, '2025年3月5日', '学雷锋便民服务（上门安检）', '约30', '望江社区', '客服中心'];
    a.getRow(4).values = [2, '2025.4.22', '世界地球日节能宣传', '12人', '万达广场', '党群工作部'];
    a.getRow(5).values = [3, '2025年5月', '燃气安全进校园', '两千', '江城职业技术学院', '安全部'];
    a.getRow(6).values = [4, '6月16日', '安全生产月咨询日', 85, '公司营业厅', '安全部'];
    a.getRow(7).values = ['合计', null, null, 2130, null, null];
    a.getRow(9).values = ['填表人：何静  联系电话：13874561230'];
    const b = wb.addWorksheet('隐患排查');
    b.getRow(1).values = ['问题描述', '问题类型', '发现时间', '整改情况', '责任部门'];
    b.getRow(2).values = ['营业厅门口小广告', '乱张贴', '2025-03-02', '已整改', '客服中心'];
    b.getRow(3).values = ['管网施工围挡占道', '占道堆放', '2025-04-11', '整改中', '工程部'];
    b.getRow(4).values = ['调压站周边杂物', '卫生死角', '2025-05-20', '已完成', '运行部'];
    b.getRow(5).values = ['员工宿舍电动车飞线充电', '其他', '2025-06-03', '已整改', '后勤部'];
    const c = wb.addWorksheet('志愿者名单');
    c.getRow(1).values = ['姓名', '性别', '手机号', '所属队伍', '服务时长'];
    c.getRow(2).values = ['何静', '女', '13874561230', '“蓝焰”志愿服务队', 20];
    c.getRow(3).values = ['张伟', '男', '13974560001', '“蓝焰”志愿服务队', 16];
    c.getRow(4).values = ['刘洋', '男', '13874569999', '安全宣传队', 8];
    await wb.xlsx.writeFile(path.join(OUT, '07-江城燃气集团-自制台账.xlsx'));
    console.log('wrote 07-江城燃气集团-自制台账.xlsx');
  }
  // 08: 滨江社区's workbook after a colleague "tidied" it: header renamed to a synonym, the 来源 column deleted,
  // a 合计 row typed under 问题整改, a user column with a contact phone, 指标汇总 sheet deleted, 报告期 typed as 2025年上半年
  {
    const src = path.join(ROLL, 'B-滨江社区-2025上半年.xlsx');
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(src);
    wb.removeWorksheet(wb.getWorksheet('指标汇总').id);
    const v = wb.getWorksheet('志愿服务');
    const vt = Object.values(v.tables)[0].table;
    vt.columns[vt.columns.map((c) => c.name).indexOf('注册人数')].name = '队员人数';
    v.getCell(2, 3).value = '队员人数';
    const r = wb.getWorksheet('问题整改');
    const rt = Object.values(r.tables)[0].table;
    // drop 来源 (column H): move 备注 left, shrink the table
    const names = rt.columns.map((c) => c.name);
    const iSrc = names.indexOf('来源') + 1;
    for (let row = 2; row <= 6; row++) { r.getCell(row, iSrc).value = r.getCell(row, iSrc + 1).value; r.getCell(row, iSrc + 1).value = null; }
    rt.columns.splice(iSrc - 1, 1);
    rt.tableRef = 'A2:' + col(names.length - 1) + '5';
    rt.autoFilterRef = rt.tableRef;
    r.getCell('A5').value = '合计'; r.getCell('B5').value = 37; r.getCell('C5').value = 29; r.getCell('D5').value = '处';
    r.getCell('E5').value = RATE;
    r.getCell(2, names.length + 1).value = '联系人';
    r.getCell(3, names.length + 1).value = '网格员小陈 13687310022';
    const p = wb.getWorksheet('基本信息');
    p.eachRow((row) => { if (row.getCell(1).value === '报告期') row.getCell(2).value = '2025年上半年'; });
    await wb.xlsx.writeFile(path.join(OUT, '08-滨江社区-被同事改过.xlsx'));
    console.log('wrote 08-滨江社区-被同事改过.xlsx');
  }
  fs.unlinkSync(TEMPLATE);
})();
