// New-user test 7: makes the input files beside this script.
// Run from anywhere: node docs/new-user-test-7-files/make.js
// exceljs and the CLI (for the blank template) are resolved relative to the repository (two folders up).
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

// the blank standard workbook, made by the project's own CLI
const TEMPLATE = path.join(os.tmpdir(), 'nu7-template-' + process.pid + '.xlsx');
execFileSync(process.execPath, [path.join(repo, 'bin', 'campaign-ledger.js'), 'template', '-o', TEMPLATE]);

const RATE = { formula: 'IF(N(tbl_Rectification[[#This Row],[发现数]])=0,"",N(tbl_Rectification[[#This Row],[已整改数]])/tbl_Rectification[[#This Row],[发现数]])' };
const col = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const D = (s) => new Date(s + 'T00:00:00Z');

async function blank() { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(TEMPLATE); return wb; }

function profile(wb, items) {
  const ws = wb.getWorksheet('基本信息');
  ws.eachRow((row) => { const k = row.getCell(1).value; if (k in items) row.getCell(2).value = items[k]; });
}

// rows: objects keyed by header
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

// ---------------- 柳树湾村 2024 上半年 ----------------
function liushuwan(messy) {
  return {
    profile: {
      单位名称: '柳树湾村村民委员会', 单位类型: '村', 上级指导单位: '青山镇党委', 工作思路: '以“美丽庭院+志愿服务”为抓手',
      报告年度: 2024, 报告期: '上半年', 常住人口: 2380, 户数: 760, 填报人: '周建华',
      联系电话: messy ? '0551-6612345转8' : '0551-6612345', 成文日期: messy ? '2024.7.8' : D('2024-07-08'),
    },
    组织保障: [
      { 事项类型: '领导小组', 名称或内容: '以村党总支书记为组长的创建文明村镇工作领导小组', 数量: 1, 单位: '个', 日期: messy ? '2024.1.15' : D('2024-01-15') },
      { 事项类型: '工作机制', 名称或内容: '党员联系农户制度（联系人：村会计王大山 13805510001）', 数量: 1, 单位: '项' },
      { 事项类型: '共建单位', 名称或内容: '与青山镇中心小学、县供电所结对共建', 数量: messy ? '2家' : 2, 单位: '家' },
      { 事项类型: '工作会议', 名称或内容: '创文工作推进会', 数量: messy ? '六' : 6, 单位: '次', 频次: '每月1次' },
      { 事项类型: '督查检查', 名称或内容: '村干部分片巡查', 数量: 52, 单位: '次', 频次: '每周2次' },
    ],
    宣传投放: [
      { 类型: '公益广告', 位置或内容: '村主干道及文化广场', 数量: messy ? '约50' : 50, 单位: '块', 方式: '新设', '投入金额（元）': messy ? '1.5万' : 15000, 日期: messy ? '3月12日' : D('2024-03-12') },
      { 类型: '墙绘', 位置或内容: '村部外墙“文明乡风”主题墙绘', 数量: 12, 单位: '幅', 方式: '新设', '投入金额（元）': 8000, 日期: D('2024-04-20') },
      { 类型: '倡议书', 位置或内容: '移风易俗倡议书', 数量: messy ? '二百' : 200, 单位: '份', 方式: '发放', 日期: messy ? '2024.5.6' : D('2024-05-06') },
      { 类型: messy ? '横幅标语' : '横幅', 位置或内容: '沿村道', 数量: 20, 单位: '条', 方式: '新设', '投入金额（元）': 1200 },
      { 类型: '宣传栏', 位置或内容: '村务公开栏', 数量: 4, 单位: '块', 方式: messy ? '换新' : '更换', '投入金额（元）': 3000 },
    ],
    志愿服务: [
      { 队伍名称: '柳树湾村党员志愿服务队', 队伍类型: '党员志愿者', 注册人数: messy ? '80人' : 80, 服务次数: 24, '服务时长（小时）': messy ? '约200' : 200, 主要服务内容: '环境整治、政策宣讲' },
      { 队伍名称: '巾帼志愿服务队（队长刘秀梅 13955102233）', 队伍类型: '巾帼志愿者', 注册人数: 35, 服务次数: 12, '服务时长（小时）': 96, 主要服务内容: '美丽庭院评比、关爱留守儿童' },
      { 队伍名称: '乡贤志愿服务队', 队伍类型: messy ? '乡贤志愿者' : '其他', 注册人数: 18, 服务次数: 6, '服务时长（小时）': 40, 主要服务内容: '调解邻里纠纷' },
    ],
    先进典型: [
      { 荣誉名称: '好媳妇', 级别: '社区/村', 类别: '孝老爱亲', 人数: 3, 姓名: '李桂英、张美兰、陈小芳', 日期: messy ? '2024.5.12' : D('2024-05-12') },
      { 荣誉名称: '星级文明户', 级别: '社区/村', 类别: '其他', 人数: 20 },
      { 荣誉名称: '最美乡贤', 级别: messy ? '乡镇' : '街道/乡镇', 类别: '敬业奉献', 人数: 1, 姓名: '赵德厚', 日期: D('2024-06-18'), 备注: '身份证号340123196505061234' },
    ],
    问题整改: [
      { 问题类别: '占道堆放', 发现数: 12, 已整改数: 12, 单位: '处', 责任单位: '村两委' },
      { 问题类别: '卫生死角', 发现数: 30, 已整改数: 28, 单位: '处', 责任单位: '各村民小组' },
      { 问题类别: '违章搭建', 发现数: 4, 已整改数: messy ? 5 : 3, 单位: '处', 责任单位: '村两委' },
      { 问题类别: messy ? '垃圾乱倒' : '其他', 发现数: 8, 已整改数: 6, 单位: '处', 备注: messy ? null : '垃圾乱倒' },
      { 问题类别: '乱张贴', 发现数: 25, 已整改数: 25, 单位: '处', 备注: '举报人：孙大爷 13700001111' },
    ],
    活动台账: [
      { 日期: messy ? '2024.3.5' : D('2024-03-05'), 活动名称: '学雷锋志愿服务进村组', 活动类型: '志愿服务', 参与数量: messy ? '45人' : 45, 单位: '人', 地点: '村文化广场', 主办或协办单位: '村团支部', 简要内容: '为老人理发、义诊' },
      { 日期: messy ? '3月12日' : D('2024-03-12'), 活动名称: '植树节义务植树', 活动类型: '环境整治', 参与数量: 60, 单位: '人', 地点: '村东河堤' },
      { 日期: D('2024-02-24'), 活动名称: '元宵节猜灯谜', 活动类型: '我们的节日', 参与数量: 150, 单位: '人次', 地点: '村文化礼堂' },
      { 日期: D('2024-04-04'), 活动名称: '清明文明祭扫倡议', 活动类型: '我们的节日', 参与数量: messy ? '约120' : 120, 单位: '人次' },
      { 日期: D('2024-05-16'), 活动名称: '道德讲堂：孝老爱亲', 活动类型: '道德讲堂', 参与数量: 80, 单位: '人', 地点: '村部会议室' },
      { 日期: D('2024-06-10'), 活动名称: '端午包粽子送孤寡老人', 活动类型: '关爱帮扶', 参与数量: 30, 单位: '人', 备注: '联系人：村妇联主任刘秀梅，电话13955102233' },
      { 日期: D('2024-06-25'), 活动名称: '广场舞比赛', 活动类型: messy ? '文艺演出' : '文体活动', 参与数量: 200, 单位: '人次', 地点: '村文化广场' },
      { 日期: D(messy ? '2024-07-02' : '2024-06-28'), 活动名称: '“七一”专题党课', 活动类型: '理论学习', 参与数量: 40, 单位: '人' },
    ],
    其他指标: [
      { 板块: '环境整治', 指标名称: '清运垃圾', 数值: 120, 单位: '吨', 表述: '约' },
      { 板块: '环境整治', 指标名称: '保洁员', 数值: 8, 单位: '个' },
      { 板块: '关爱帮扶', 指标名称: '走访慰问困难群众', 数值: 36, 单位: '户' },
      { 板块: '设施建设', 指标名称: '新建农家书屋', 数值: 1, 单位: '个' },
    ],
    文字材料: [
      { 类型: '工作亮点', 内容: '开展“美丽庭院”评比，评出星级文明户20户' },
      { 类型: '存在不足', 内容: '村民参与移风易俗的自觉性还不够高' },
      { 类型: '存在不足', 内容: '部分村民小组环境卫生存在反弹' },
      { 类型: '下一步打算', 内容: '持续推进农村人居环境整治' },
      { 类型: '下一步打算', 内容: '深化移风易俗，遏制大操大办、薄养厚葬' },
    ],
  };
}

// previous period: 柳树湾村 2023 下半年
function liushuwanPrev() {
  return {
    profile: { 单位名称: '柳树湾村村民委员会', 单位类型: '村', 上级指导单位: '青山镇党委', 报告年度: 2023, 报告期: '下半年', 常住人口: 2400, 户数: 755, 成文日期: D('2024-01-05') },
    组织保障: [{ 事项类型: '领导小组', 名称或内容: '创建文明村镇工作领导小组', 数量: 1, 单位: '个' }],
    宣传投放: [{ 类型: '公益广告', 位置或内容: '村主干道', 数量: 30, 单位: '块', 方式: '新设', '投入金额（元）': 9000 }],
    志愿服务: [
      { 队伍名称: '柳树湾村党员志愿服务队', 队伍类型: '党员志愿者', 注册人数: 70, 服务次数: 20, '服务时长（小时）': 150 },
      { 队伍名称: '巾帼志愿服务队', 队伍类型: '巾帼志愿者', 注册人数: 30, 服务次数: 10, '服务时长（小时）': 80 },
    ],
    先进典型: [{ 荣誉名称: '好媳妇', 级别: '社区/村', 类别: '孝老爱亲', 人数: 2 }],
    问题整改: [
      { 问题类别: '卫生死角', 发现数: 40, 已整改数: 36, 单位: '处' },
      { 问题类别: '占道堆放', 发现数: 10, 已整改数: 10, 单位: '处' },
    ],
    活动台账: [
      { 日期: D('2023-09-28'), 活动名称: '中秋邻里宴', 活动类型: '我们的节日', 参与数量: 100, 单位: '人次' },
      { 日期: D('2023-10-23'), 活动名称: '重阳敬老', 活动类型: '关爱帮扶', 参与数量: 40, 单位: '人' },
      { 日期: D('2023-11-15'), 活动名称: '道德讲堂：诚信', 活动类型: '道德讲堂', 参与数量: 60, 单位: '人' },
    ],
    其他指标: [{ 板块: '环境整治', 指标名称: '清运垃圾', 数值: 90, 单位: '吨', 表述: '约' }],
    文字材料: [{ 类型: '下一步打算', 内容: '建设农家书屋' }],
  };
}

// other villages of 青山镇 for the roll-up
function village(name, { error, pop, vols, found, fixed, acts }) {
  return {
    profile: { 单位名称: name, 单位类型: '村', 上级指导单位: '青山镇党委', 报告年度: 2024, 报告期: '上半年', 常住人口: pop, 户数: Math.round(pop / 3), 成文日期: D('2024-07-05') },
    组织保障: [{ 事项类型: '领导小组', 名称或内容: '创建文明村镇工作领导小组', 数量: 1, 单位: '个', 日期: D('2024-01-10') }],
    宣传投放: [{ 类型: '公益广告', 位置或内容: '村口及主干道', 数量: 20, 单位: '块', 方式: '新设', '投入金额（元）': 6000 }],
    志愿服务: [{ 队伍名称: name.replace('村民委员会', '') + '志愿服务队', 队伍类型: '综合志愿者', 注册人数: vols, 服务次数: 10, '服务时长（小时）': 60 }],
    先进典型: [{ 荣誉名称: '好婆婆', 级别: '社区/村', 类别: '孝老爱亲', 人数: 2 }],
    问题整改: [{ 问题类别: '卫生死角', 发现数: found, 已整改数: error ? found + 3 : fixed, 单位: '处' }],
    活动台账: acts,
    其他指标: [{ 板块: '环境整治', 指标名称: '清运垃圾', 数值: 50, 单位: '吨' }],
    文字材料: [],
  };
}

async function writeStd(data, file) {
  const wb = await blank();
  profile(wb, data.profile);
  for (const s of ['组织保障', '宣传投放', '志愿服务', '先进典型', '问题整改', '活动台账', '其他指标', '文字材料']) fill(wb, s, data[s] || []);
  await wb.xlsx.writeFile(file);
}

// ---------------- 青山镇中心小学: hand-made ledger (no tables, renamed sheets/headers) ----------------
async function school(file) {
  const wb = new ExcelJS.Workbook();
  const p = wb.addWorksheet('基本信息');
  p.mergeCells('A1:B1'); p.getCell('A1').value = '学校基本情况';
  [['单位名称', '青山镇中心小学'], ['单位类型', '学校'], ['上级指导单位', '县教育局'], ['报告年度', 2024], ['报告期', '上半年'],
    ['填报人', '吴老师'], ['联系电话', '13866660000'], ['成文日期', '2024年7月10日']].forEach((r, i) => { p.getRow(3 + i).values = r; });
  const a = wb.addWorksheet('活动记录');
  a.mergeCells('A1:G1'); a.getCell('A1').value = '青山镇中心小学2024年上半年创文活动记录表';
  a.getRow(3).values = ['时间', '活动名称', '活动类型', '参加人数', '单位', '地点', '备注'];
  [[D('2024-03-05'), '学雷锋进社区', '志愿服务', 120, '人', '青山镇街道', ''],
    ['2024.4.3', '清明祭英烈', '我们的节日', '全校师生', '人', '烈士陵园', ''],
    ['5月20日', '文明礼仪主题班会', '宣传教育', 36, '个班', '各班教室', '德育处 李主任 13900001234'],
    [D('2024-06-07'), '端午诵读经典', '我们的节日', 600, '人次', '学校操场', '']].forEach((r, i) => { a.getRow(4 + i).values = r; });
  const v = wb.addWorksheet('志愿者');
  v.getRow(1).values = ['队伍', '类型', '人数', '服务次数', '时长', '内容'];
  v.getRow(2).values = ['红领巾志愿服务队', '少年志愿者', 260, 12, 300, '校园文明劝导'];
  v.getRow(3).values = ['教师志愿服务队', '综合志愿者', 45, 8, 96, '交通护学岗'];
  const r = wb.addWorksheet('问题整改');
  r.getRow(1).values = ['问题类别', '发现数', '整改数', '单位', '备注'];
  r.getRow(2).values = ['其他', 6, 6, '处', '校门口乱停车'];
  r.getRow(3).values = ['卫生死角', 3, 2, '处', ''];
  await wb.xlsx.writeFile(file);
}

// ---------------- 区市场监督管理局: ad-hoc sheets for import ----------------
async function bureau(file, csv) {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('上半年创文');
  s.mergeCells('A1:F1'); s.getCell('A1').value = '区市场监督管理局2024年上半年创建文明城市工作情况统计表';
  s.getCell('A2').value = '填报单位：区市场监督管理局（盖章）'; s.getCell('E2').value = '填报日期：2024年7月4日';
  s.mergeCells('A3:A4'); s.getCell('A3').value = '序号';
  s.mergeCells('B3:B4'); s.getCell('B3').value = '活动时间';
  s.mergeCells('C3:C4'); s.getCell('C3').value = '活动内容';
  s.mergeCells('D3:E3'); s.getCell('D3').value = '参与情况';
  s.getCell('D4').value = '人数'; s.getCell('E4').value = '地点';
  s.mergeCells('F3:F4'); s.getCell('F3').value = '备注';
  [[1, '2024.3.15', '3·15消费者权益日宣传', 40, '人民广场', ''],
    [2, '4月18日', '农贸市场“文明经营”劝导', 25, '城东农贸市场', '联系人：陈科长 13605519876'],
    [3, D('2024-05-20'), '食品安全宣传周进社区', '约60', '幸福里社区', ''],
    [4, D('2024-06-12'), '“文明餐桌”光盘行动进餐馆', 30, '美食街', '']].forEach((r, i) => { s.getRow(5 + i).values = r; });
  s.getRow(9).values = ['合计', '', '', 155, '', ''];
  s.getCell('A11').value = '填表人：郑晓燕'; s.getCell('D11').value = '审核人：王局长';
  const q = wb.addWorksheet('问题清单');
  q.getRow(1).values = ['序号', '发现时间', '地点', '问题描述', '问题类别', '是否整改'];
  [[1, '2024.4.2', '城东农贸市场', '摊贩占道经营', '占道经营', '是'],
    [2, '2024.4.2', '城东农贸市场', '门口乱摆卖', '乱摆卖', '是'],
    [3, '2024.5.9', '美食街', '店外占道经营', '占道经营', '否'],
    [4, '2024.5.9', '美食街', '乱张贴小广告', '乱张贴', '是']].forEach((r, i) => { q.getRow(2 + i).values = r; });
  const h = wb.addWorksheet('志愿者花名册');
  h.getRow(1).values = ['姓名', '性别', '身份证号', '手机号', '所属队伍'];
  [['郑晓燕', '女', '340102199001011234', '13805511111', '市场监管志愿服务队'],
    ['王明', '男', '340102198803031236', '13805512222', '市场监管志愿服务队'],
    ['李娜', '女', '340102199205051238', '13805513333', '市场监管志愿服务队'],
    ['赵强', '男', '340102198507071230', '13805514444', '党员先锋队']].forEach((r, i) => { h.getRow(2 + i).values = r; });
  await wb.xlsx.writeFile(file);
  fs.writeFileSync(csv, '\ufeff类型,位置,数量,单位,金额\n宣传展板,市场监管局大厅,12,块,3600\n宣传单,各农贸市场,5000,份,2000\n横幅,美食街,8,条,800\n');
}

// a file that is not a ledger
async function notLedger(file) {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('通讯录');
  s.getRow(1).values = ['姓名', '职务', '电话'];
  s.getRow(2).values = ['黄卫东', '院长', '13512345678'];
  await wb.xlsx.writeFile(file);
}

(async () => {
  await writeStd(liushuwan(true), path.join(OUT, '01-柳树湾村-2024上半年-有错误.xlsx'));
  await writeStd(liushuwan(false), path.join(OUT, '02-柳树湾村-2024上半年-已改正.xlsx'));
  await writeStd(liushuwanPrev(), path.join(OUT, '03-柳树湾村-2023下半年-上期.xlsx'));
  await school(path.join(OUT, '04-青山镇中心小学-手工台账.xlsx'));
  await bureau(path.join(OUT, '05-区市场监管局-自制统计表.xlsx'), path.join(OUT, '05b-区市场监管局-宣传品.csv'));
  // roll-up of 青山镇
  await writeStd(liushuwan(false), path.join(ROLL, 'a-柳树湾村.xlsx'));
  const resub = liushuwan(false);
  resub.活动台账.push({ 日期: D('2024-06-30'), 活动名称: '夏季防溺水宣传', 活动类型: '宣传教育', 参与数量: 90, 单位: '人' });
  await writeStd(resub, path.join(ROLL, 'a2-柳树湾村（修改后重报）.xlsx'));
  const acts = (n) => [{ 日期: D('2024-04-10'), 活动名称: '春季环境整治', 活动类型: '环境整治', 参与数量: n, 单位: '人' },
    { 日期: D('2024-06-10'), 活动名称: '端午节活动', 活动类型: '我们的节日', 参与数量: n * 2, 单位: '人次' }];
  await writeStd(village('桃花坞村村民委员会', { error: true, pop: 1800, vols: 40, found: 15, fixed: 15, acts: acts(30) }), path.join(ROLL, 'b-桃花坞村.xlsx'));
  await writeStd(village('石门村村民委员会', { error: false, pop: 3100, vols: 95, found: 22, fixed: 20, acts: acts(50) }), path.join(ROLL, 'c-石门村.xlsx'));
  await notLedger(path.join(ROLL, 'd-镇卫生院通讯录.xlsx'));
  // try to break it: personal data in odd forms, odd dates and figures
  const brk = liushuwan(false);
  brk.profile.报告年度 = '2024年'; brk.profile.报告期 = '上半年 '; brk.profile.成文日期 = D('2024-03-01');
  brk.活动台账 = [
    { 日期: '2024-2-30', 活动名称: '二月三十日活动', 活动类型: '其他', 参与数量: 10, 单位: '人' },
    { 日期: D('2024-03-08'), 活动名称: '三八妇女节座谈会', 活动类型: '会议培训', 参与数量: 25, 单位: '人', 地点: '村委会（电话0551-6612345）', 简要内容: '请王秀英（139-5510-2233）介绍经验' },
    { 日期: D('2024-04-12'), 活动名称: '=HYPERLINK("http://x.example","点我")', 活动类型: '宣传教育', 参与数量: 30, 单位: '人' },
    { 日期: D('2024-05-04'), 活动名称: '青年座谈会（联系人：小李 139 5510 7788）', 活动类型: '宣传教育', 参与数量: 1.5, 单位: '人' },
    { 日期: D('2024-06-01'), 活动名称: '六一慰问', 活动类型: '关爱帮扶', 参与数量: '三十几', 单位: '人', 主办或协办单位: '村妇联 刘秀梅 13955102233' },
    { 日期: D('2024-06-20'), 活动名称: '身份证340123198001011234代办', 活动类型: '其他', 参与数量: 5, 单位: '人' },
  ];
  brk.志愿服务[0].主要服务内容 = '环境整治，队长王建国手机13905512345';
  brk.其他指标.push({ 板块: '关爱帮扶', 指标名称: '帮扶低保户张三、李四', 数值: 2, 单位: '户' });
  await writeStd(brk, path.join(OUT, '07-柳树湾村-试着弄坏.xlsx'));
  fs.writeFileSync(path.join(OUT, '08-其实是CSV.xlsx'), '单位名称,柳树湾村\n报告年度,2024\n');
  // the next period (made by the CLI's `next`), then filled as the village would fill it in autumn
  const NEXT = path.join(os.tmpdir(), 'nu7-next-' + process.pid + '.xlsx');
  execFileSync(process.execPath, [path.join(repo, 'bin', 'campaign-ledger.js'), 'next', path.join(OUT, '02-柳树湾村-2024上半年-已改正.xlsx'), '-o', NEXT]);
  const nx = new ExcelJS.Workbook(); await nx.xlsx.readFile(NEXT);
  profile(nx, { 成文日期: D('2025-01-06') });
  const keep = (sheet) => { const ws = nx.getWorksheet(sheet); const t = Object.values(ws.tables)[0].table; const h = t.columns.map((c) => c.name); const out = [];
    for (let r = 3; r <= ws.rowCount; r++) { const o = {}; let any = false; h.forEach((k, j) => { const v = ws.getCell(r, j + 1).value; if (k !== '整改率' && v !== null && v !== '') any = true; o[k] = v; }); if (any) out.push(o); } return out; };
  const rect = keep('问题整改');
  rect[0].已整改数 = 2; rect[1].已整改数 = 1; // 卫生死角 2/2, 违章搭建 1/1, 其他 0/2
  rect.push({ 问题类别: '乱张贴', 发现数: 18, 已整改数: 18, 单位: '处' }, { 问题类别: '占道堆放', 发现数: 9, 已整改数: 7, 单位: '处' });
  fill(nx, '问题整改', rect);
  const texts = keep('文字材料');
  texts[0].落实情况 = '完成村内3条主干道路面硬化和绿化，新增垃圾分类投放点6个';
  texts.push({ 类型: '下一步打算', 内容: '巩固农村人居环境整治成果' });
  fill(nx, '文字材料', texts);
  const vols = keep('志愿服务'); vols.forEach((v, i) => { v.服务次数 = [30, 14, 8][i]; v['服务时长（小时）'] = [260, 110, 50][i]; }); vols[0].注册人数 = 92;
  fill(nx, '志愿服务', vols);
  fill(nx, '活动台账', [
    { 日期: D('2024-09-17'), 活动名称: '中秋“邻里团圆宴”', 活动类型: '我们的节日', 参与数量: 160, 单位: '人次', 地点: '村文化礼堂' },
    { 日期: D('2024-10-11'), 活动名称: '重阳节敬老爱老', 活动类型: '关爱帮扶', 参与数量: 50, 单位: '人' },
    { 日期: D('2024-11-20'), 活动名称: '道德讲堂：诚实守信', 活动类型: '道德讲堂', 参与数量: 70, 单位: '人' },
  ]);
  fill(nx, '宣传投放', [{ 类型: '公益广告', 位置或内容: '村主干道', 数量: 40, 单位: '块', 方式: '更换', '投入金额（元）': 10000 }]);
  await nx.xlsx.writeFile(path.join(OUT, '06-柳树湾村-2024下半年-开始下一期后填写.xlsx'));
  fs.unlinkSync(NEXT);
  fs.unlinkSync(TEMPLATE);
  console.log('written to', OUT);
})();
