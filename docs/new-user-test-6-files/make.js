// New-user test 6: makes the input workbooks beside this script.
// Run from anywhere: node docs/new-user-test-6-files/make.js
// exceljs and the sample are resolved relative to the repository (two folders up).
'use strict';
const path = require('path');
const fs = require('fs');
const repo = path.resolve(__dirname, '..', '..');
const ExcelJS = require(path.join(repo, 'node_modules', 'exceljs'));
const SAMPLE = path.join(repo, 'samples', 'community-2023-h1.xlsx');
const OUT = __dirname;

const RATE = (r) => ({ formula: 'IF(N(tbl_Rectification[[#This Row],[发现数]])=0,"",N(tbl_Rectification[[#This Row],[已整改数]])/tbl_Rectification[[#This Row],[发现数]])' });
const colLetter = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };

async function base() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return wb;
}

function setProfile(wb, items) {
  const ws = wb.getWorksheet('基本信息');
  ws.eachRow((row) => {
    const k = row.getCell(1).value;
    if (k in items) row.getCell(2).value = items[k];
  });
}

// Replace the data rows of a ledger's table (header row 2) with `rows` (arrays in header order).
function fillTable(wb, sheet, rows) {
  const ws = wb.getWorksheet(sheet);
  const t = Object.values(ws.tables)[0].table;
  const ncol = t.columns.length;
  const last = ws.rowCount;
  for (let r = 3; r <= Math.max(last, 3); r++) for (let c = 1; c <= ncol; c++) ws.getCell(r, c).value = null;
  const headers = t.columns.map((c) => c.name);
  rows.forEach((vals, i) => {
    headers.forEach((h, j) => {
      let v = vals[j];
      if (h === '整改率') v = RATE();
      ws.getCell(3 + i, j + 1).value = v === undefined ? null : v;
    });
  });
  const end = 2 + Math.max(rows.length, 1);
  t.tableRef = `A2:${colLetter(ncol)}${end}`;
  t.autoFilterRef = t.tableRef;
}

const D = (s) => new Date(s + 'T00:00:00Z');

// ---------- the unit's own workbook, 2024 上半年 ----------
function hongxing(wb, { messy }) {
  setProfile(wb, {
    单位名称: '红星社区居委会', 单位类型: '社区', 上级指导单位: '城南街道办事处', 报告年度: 2024, 报告期: '上半年',
    常住人口: 9200, 户数: 3400, 填报人: '张丽华', 联系电话: messy ? '139 1234 5678（手机）' : '13912345678',
    成文日期: messy ? '2024年7月3日' : D('2024-07-03'),
  });
  fillTable(wb, '组织保障', [
    ['领导小组', '以社区党委书记为组长的创建文明城市工作领导小组', 1, '个', messy ? '2024.1.8' : D('2024-01-08')],
    ['共建单位', '与辖区单位签订共驻共建协议', messy ? '5家' : 5, '家'],
    ['工作会议', '创文工作推进会', messy ? '十二' : 12, '次', null, '每月2次'],
    ['督查检查', messy ? '网格巡查督导（联系人王建国13812345678）' : '网格巡查督导', 24, '次', null, '每周1次'],
  ]);
  fillTable(wb, '宣传投放', [
    ['公益广告', '辖区主次干道', messy ? '约50' : 50, '块', '新设', messy ? '1.2万' : 12000, D('2024-03-10')],
    ['宣传栏', '各小区出入口', messy ? '二百' : 20, '块', '更换', 8000, D('2024-04-02')],
    [messy ? '横幅标语' : '横幅', '沿街商铺', 30, '条', '新设', null, D('2024-04-15')],
    ['宣传单', '入户发放文明公约', messy ? '3000份' : 3000, '份', '发放', 1500, D('2024-05-06')],
  ]);
  fillTable(wb, '志愿服务', [
    ['红星社区党员志愿服务队', '党员志愿者', messy ? '80人' : 80, 36, messy ? '约300' : 300, '文明劝导、环境清扫'],
    [messy ? '巾帼志愿服务队（队长李秀英13712345678）' : '巾帼志愿服务队', messy ? '巾帼志愿队' : '巾帼志愿者', 45, 20, 160, '关爱帮扶、邻里调解'],
    ['青年志愿服务队', '青年志愿者', 60, 15, 120, '文明交通劝导'],
  ]);
  fillTable(wb, '先进典型', [
    ['社区好人', '社区/村', '助人为乐', 2, '王芳、刘强', D('2024-05-20')],
    ['最美家庭', '街道/乡镇', '孝老爱亲', 1, '陈桂兰', D('2024-06-10'), messy ? '身份证340102198001011234' : null],
  ]);
  fillTable(wb, '问题整改', [
    ['乱张贴', 40, messy ? 45 : 38, '处', null, '物业公司'],
    ['占道经营', messy ? '30处' : 30, 28, '处', null, '城管中队'],
    ['卫生死角', 20, 20, '处', null, '物业公司'],
    ['流动摊点', 12, 9, '处', null, '社区网格站'],
    [messy ? '垃圾乱倒' : '其他', 6, 6, '处', null, '社区网格站'],
  ]);
  fillTable(wb, '活动台账', [
    [messy ? '2024.3.5' : D('2024-03-05'), '学雷锋志愿服务', messy ? '志愿活动' : '志愿服务', messy ? '80人' : 80, '人', '红星广场'],
    [messy ? '3月12日' : D('2024-03-12'), '植树节义务植树', '环境整治', messy ? '约50' : 50, '人'],
    [messy ? '2024/4/3' : D('2024-04-03'), '清明文明祭扫宣传', '我们的节日', 60, '人次'],
    [D('2024-04-20'), '道德讲堂第1期', '道德讲堂', messy ? '二百' : 200, '人次', '社区会议室'],
    [D('2024-05-18'), '道德讲堂第2期', '道德讲堂', 120, '人次', '社区会议室'],
    [D('2024-06-08'), '端午包粽子送温暖', '我们的节日', 45, '人', messy ? '活动室（联系人：赵敏 15012345678）' : '活动室'],
    [D(messy ? '2024-07-15' : '2024-06-20'), '夏季环境大扫除', '环境整治', 150, '人次'],
  ]);
  fillTable(wb, '其他指标', [
    ['环境整治', '出动巡查人员', messy ? '300余' : 300, '人次', messy ? null : '余'],
    ['关爱帮扶', '走访困难家庭', 45, '户'],
  ]);
  fillTable(wb, '文字材料', [
    ['存在不足', '老旧小区环境卫生长效管理仍有短板'],
    ['下一步打算', '持续整治流动摊点和乱张贴，巩固整治成果'],
    ['下一步打算', '扩大青年志愿者队伍，推动志愿服务常态化'],
  ]);
  return wb;
}

function prevPeriod(wb) {
  setProfile(wb, {
    单位名称: '红星社区居委会', 单位类型: '社区', 上级指导单位: '城南街道办事处', 报告年度: 2023, 报告期: '下半年',
    常住人口: 9100, 户数: 3380, 填报人: '张丽华', 联系电话: '13912345678', 成文日期: D('2024-01-05'),
  });
  fillTable(wb, '组织保障', [['领导小组', '创建文明城市工作领导小组', 1, '个', D('2023-07-05')]]);
  fillTable(wb, '宣传投放', [['公益广告', '辖区主次干道', 40, '块', '新设', 10000, D('2023-08-10')], ['宣传栏', '小区出入口', 15, '块', '更换', 6000, D('2023-09-02')]]);
  fillTable(wb, '志愿服务', [['红星社区党员志愿服务队', '党员志愿者', 70, 30, 250, '文明劝导'], ['巾帼志愿服务队', '巾帼志愿者', 40, 18, 140, '关爱帮扶']]);
  fillTable(wb, '先进典型', [['社区好人', '社区/村', '助人为乐', 3, '甲某、乙某、丙某', D('2023-10-20')]]);
  fillTable(wb, '问题整改', [['乱张贴', 50, 45, '处', null, '物业公司'], ['占道经营', 25, 25, '处', null, '城管中队']]);
  fillTable(wb, '活动台账', [
    [D('2023-09-10'), '中秋诗会', '我们的节日', 80, '人次'], [D('2023-10-23'), '重阳敬老', '我们的节日', 60, '人'],
    [D('2023-11-15'), '道德讲堂第1期', '道德讲堂', 100, '人次'], [D('2023-12-05'), '国际志愿者日志愿服务', '志愿服务', 70, '人'],
  ]);
  fillTable(wb, '其他指标', [['环境整治', '出动巡查人员', 260, '人次']]);
  fillTable(wb, '文字材料', [['下一步打算', '持续整治乱张贴']]);
  return wb;
}

// A unit for the roll-up: a street's community with its own figures.
function unit(wb, name, { found = 20, fixed = 18, vols = 50, ads = 10, err = false, year = 2024, period = '上半年' } = {}) {
  setProfile(wb, {
    单位名称: name, 单位类型: '社区', 上级指导单位: '城南街道办事处', 报告年度: year, 报告期: period,
    常住人口: 6000, 户数: 2000, 填报人: '某某', 联系电话: '0551-1234567', 成文日期: D('2024-07-02'),
  });
  fillTable(wb, '组织保障', [['领导小组', '创建工作领导小组', 1, '个', D('2024-01-10')]]);
  fillTable(wb, '宣传投放', [['公益广告', '辖区道路', ads, '块', '新设', 5000, D('2024-03-01')]]);
  fillTable(wb, '志愿服务', [[name.replace('居委会', '') + '志愿服务队', '综合志愿者', vols, 10, 100, '文明劝导']]);
  fillTable(wb, '先进典型', [['社区好人', '社区/村', '助人为乐', 1, '某人', D('2024-05-01')]]);
  fillTable(wb, '问题整改', [['乱张贴', found, err ? found + 5 : fixed, '处', null, '物业']]);
  fillTable(wb, '活动台账', [[D('2024-03-05'), '学雷锋志愿服务', '志愿服务', 40, '人'], [D('2024-04-25'), '道德讲堂', '道德讲堂', 60, '人次']]);
  fillTable(wb, '其他指标', [['环境整治', '清理小广告', 100, '处']]);
  fillTable(wb, '文字材料', [['下一步打算', '持续巩固创建成果']]);
  return wb;
}

// A hand-made ledger: no Excel tables, renamed sheets and headers, a merged title.
function handmade() {
  const wb = new ExcelJS.Workbook();
  const put = (name, title, headers, rows) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([title]);
    ws.mergeCells(1, 1, 1, headers.length);
    ws.addRow(headers);
    rows.forEach((r) => ws.addRow(r));
    return ws;
  };
  put('基本信息', '基本信息', ['项目', '内容'], [
    ['单位名称', '东风社区居委会'], ['单位类型', '社区'], ['报告年度', 2024], ['报告期', '上半年'],
    ['常住人口', '约7000'], ['填报人', '刘洋'], ['联系电话', '13600001111'],
  ]);
  put('组织保障', '组织保障台账', ['事项类型', '名称或内容', '数量', '单位', '日期', '备注'], [['领导小组', '创文工作领导小组', 1, '个', '2024.1.5']]);
  put('宣传', '宣传投放', ['类型', '位置', '数量（块）', '单位', '方式', '金额', '日期'], [['公益广告', '主干道', 30, '块', '新设', 6000, '2024年3月1日']]);
  put('志愿服务队', '志愿者队伍', ['队名', '类型', '注册人数（人）', '服务次数', '服务时长', '服务内容'], [['东风志愿服务队', '综合志愿者', 66, 12, 90, '文明劝导']]);
  put('先进典型', '先进典型', ['荣誉名称', '级别', '类别', '人数', '姓名'], [['社区好人', '社区/村', '助人为乐', 2, '周某、吴某']]);
  put('整改情况', '问题整改', ['问题类别', '发现数', '已整改数', '单位', '整改率', '责任单位'], [['乱张贴', 30, 27, '处', '90%', '物业'], ['占道经营', 10, 10, '处', '100%', '城管']]);
  const act = put('活动台账', '活动台账', ['日期', '活动名称', '活动类型', '参加人数', '单位', '地点'], [
    ['2024.3.5', '学雷锋活动', '志愿服务', 60, '人', '广场'], ['4月4日', '清明祭扫', '我们的节日', 40, '人', '烈士陵园'], ['合计', null, null, 100],
  ]);
  act.getColumn(1).width = 12;
  put('其他指标', '其他指标', ['板块', '指标名称', '数值', '单位'], [['环境整治', '清理小广告', 500, '处']]);
  put('文字材料', '文字材料', ['类型', '内容'], [['下一步打算', '继续做好创文工作']]);
  return wb;
}

// An office's own ad-hoc sheets for 导入已有台账.
function adhoc() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('创文工作开展情况');
  ws.addRow(['城南街道城管科2024年上半年创文工作开展情况统计表']);
  ws.mergeCells('A1:F1');
  ws.addRow(['填报单位：城南街道城管科']);
  ws.addRow(['序号', '时间', '活动名称', '参与情况', null, '地点']);
  ws.addRow([null, null, null, '人数', '单位', null]);
  ws.mergeCells('D3:E3'); ws.mergeCells('A3:A4'); ws.mergeCells('B3:B4'); ws.mergeCells('C3:C4'); ws.mergeCells('F3:F4');
  ws.addRow([1, '2024.3.8', '三八节巾帼志愿服务', 35, '人', '城南广场']);
  ws.addRow([2, '2024年4月12日', '集中清理小广告行动', '约60', '人次', '建设路']);
  ws.addRow([3, '5月20日', '文明餐桌宣传', 40, '人', '美食街']);
  ws.addRow(['合计', null, null, 135, null, null]);
  ws.addRow([]);
  ws.addRow(['填表人：李明  电话：13800001111  审核人：周华']);
  const p = wb.addWorksheet('问题清单');
  p.addRow(['序号', '发现时间', '问题描述', '问题类别', '地点', '整改情况']);
  p.addRow([1, '2024-03-02', '电线杆乱贴小广告', '乱张贴', '建设路', '已整改']);
  p.addRow([2, '2024-03-15', '早点摊占道经营', '占道经营', '人民路', '已整改']);
  p.addRow([3, '2024-04-01', '绿化带垃圾堆积', '卫生死角', '和平路', '未整改']);
  p.addRow([4, '2024-04-18', '流动摊贩', '流动摊点', '学府路', '整改中']);
  const v = wb.addWorksheet('志愿者花名册');
  v.addRow(['序号', '姓名', '性别', '身份证号', '联系电话', '所属队伍']);
  v.addRow([1, '孙伟', '男', '340102199001011234', '13900001111', '城管志愿服务队']);
  v.addRow([2, '周敏', '女', '340102199202022345', '13900002222', '城管志愿服务队']);
  v.addRow([3, '吴刚', '男', '34010219850303345X', '13900003333', '文明劝导队']);
  return wb;
}

async function write(wb, name) {
  await wb.xlsx.writeFile(path.join(OUT, name));
  console.log('wrote', name);
}

(async () => {
  await write(hongxing(await base(), { messy: true }), '01-红星社区-2024上半年-有错误.xlsx');
  await write(hongxing(await base(), { messy: false }), '02-红星社区-2024上半年-已改正.xlsx');
  await write(prevPeriod(await base()), '03-红星社区-2023下半年-上期.xlsx');
  await write(handmade(), '04-东风社区-手工台账.xlsx');
  await write(adhoc(), '05-城管科-自制统计表.xlsx');
  fs.writeFileSync(path.join(OUT, '05b-城管科-活动.csv'), '\ufeff序号,日期,活动名称,参与人数,地点\n1,2024/3/8,巾帼志愿服务,35人,城南广场\n2,2024/4/12,清理小广告,约60,建设路\n');
  const R = path.join(OUT, 'rollup');
  fs.mkdirSync(R, { recursive: true });
  const w = async (wb, n) => { await wb.xlsx.writeFile(path.join(R, n)); console.log('wrote rollup/' + n); };
  await w(unit(await base(), '光华社区居委会', { found: 20, fixed: 18, vols: 50, ads: 10 }), '光华社区.xlsx');
  await w(unit(await base(), '建设社区居委会', { found: 30, err: true, vols: 40, ads: 8 }), '建设社区.xlsx');
  await w(unit(await base(), '建设社区居委会', { found: 30, fixed: 29, vols: 40, ads: 8 }), '建设社区（修改后重报）.xlsx');
  await w(unit(await base(), '新村社区居委会', { found: 10, fixed: 10, vols: 30, ads: 6 }), '新村社区.xlsx');
  await w(unit(await base(), '新村社区居委会', { found: 12, fixed: 12, vols: 35, ads: 6 }), '新村社区-更正版.xlsx');
  await w(unit(await base(), '和平社区居委会', { year: 2023, period: '下半年' }), '和平社区-去年下半年.xlsx');
  await w(hongxing(await base(), { messy: false }), '红星社区.xlsx');
  const sign = new ExcelJS.Workbook();
  const s = sign.addWorksheet('签到表');
  s.addRow(['创文推进会签到表']); s.addRow(['姓名', '单位', '电话']); s.addRow(['张三', '光华社区', '13511112222']);
  await w(sign, '会议签到表.xlsx');
  // odd files
  const O = path.join(OUT, 'odd');
  fs.mkdirSync(O, { recursive: true });
  fs.writeFileSync(path.join(O, 'empty.xlsx'), '');
  fs.writeFileSync(path.join(O, 'text-renamed.xlsx'), '单位名称,红星社区\n');
  const huge = hongxing(await base(), { messy: false });
  huge.getWorksheet('志愿服务').getCell('C3').value = 1e15;
  huge.getWorksheet('宣传投放').getCell('F3').value = 123456789012.34;
  huge.getWorksheet('问题整改').getCell('B3').value = 99999999;
  huge.getWorksheet('问题整改').getCell('C3').value = 99999998;
  await huge.xlsx.writeFile(path.join(O, 'huge-numbers.xlsx'));
  const blank = new ExcelJS.Workbook(); blank.addWorksheet('Sheet1');
  await blank.xlsx.writeFile(path.join(O, 'blank-sheet.xlsx'));
  console.log('wrote odd/*');
})();
