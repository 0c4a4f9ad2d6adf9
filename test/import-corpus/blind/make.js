#!/usr/bin/env node
// Generator of blind test data for the 创文台账 importer.
// Builds ad-hoc workbooks (as offices make them) plus X.expected.json with the
// standard rows (标准台账 v1, the shared spec standard-sheets.md, docs/standard-sheets.md here) each should become.
// Run: node test/import-corpus/blind/make.js            (all files)
//      node test/import-corpus/blind/make.js 03 07      (only files whose name starts with 03 / 07)
'use strict';
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
let iconv = null;
try { iconv = require('iconv-lite'); } catch { iconv = null; }

const OUT = __dirname;

// ---------------------------------------------------------------- helpers
const D = (y, m, d) => new Date(Date.UTC(y, m - 1, d)); // real Excel date (no timezone drift)
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
function colLetter(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
const A1 = (r, c) => colLetter(c) + r;
const thin = { style: 'thin' };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

// Writes rows one by one and remembers row numbers (so 源行 is never hand-counted).
class SheetW {
  constructor(ws, ncols) { this.ws = ws; this.r = 0; this.ncols = ncols; }
  // vals: array, index 0 = column A. undefined/null = leave empty.
  row(vals, opt = {}) {
    this.r++;
    const row = this.ws.getRow(this.r);
    vals.forEach((v, i) => {
      if (v === undefined || v === null) return;
      const c = row.getCell(i + 1);
      c.value = v;
      if (v instanceof Date) c.numFmt = opt.dateFmt || 'yyyy-mm-dd';
    });
    const n = opt.cols || this.ncols;
    if (opt.border !== false && n) for (let c = 1; c <= n; c++) row.getCell(c).border = BORDER;
    if (opt.bold) for (let c = 1; c <= (n || vals.length); c++) row.getCell(c).font = { bold: true };
    if (opt.center) for (let c = 1; c <= (n || vals.length); c++) row.getCell(c).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    return this.r;
  }
  blank() { this.r++; return this.r; }
  title(text, ncols, opt = {}) {
    const r = this.row([text], { border: false });
    this.ws.mergeCells(r, 1, r, ncols);
    const c = this.ws.getCell(r, 1);
    c.font = { bold: true, size: opt.size || 16 };
    c.alignment = { horizontal: 'center', vertical: 'middle' };
    this.ws.getRow(r).height = 30;
    return r;
  }
  free(text, ncols) { // a loose line (签名行 / 注) — often merged across
    const r = this.row([text], { border: false });
    if (ncols) this.ws.mergeCells(r, 1, r, ncols);
    return r;
  }
  widths(arr) { arr.forEach((w, i) => { this.ws.getColumn(i + 1).width = w; }); }
}

// Expected-result builder.
class Exp {
  constructor(layout, profile) {
    this.o = { layout, profile, sheets: {}, leftOut: [], guesses: [], notes: '' };
  }
  // row: standard header -> value (undefined values dropped); src: source row number (or array for roll-ups)
  add(stdSheet, row, src, srcSheet) {
    const r = { 源表: srcSheet, 源行: src };
    for (const [k, v] of Object.entries(row)) if (v !== undefined && v !== null && v !== '') r[k] = v;
    (this.o.sheets[stdSheet] = this.o.sheets[stdSheet] || []).push(r);
    return r;
  }
  left(sheet, cell, reason, range, detail) {
    const e = { sheet, cell, reason };
    if (range) e.range = range;
    if (detail) e.detail = detail;
    this.o.leftOut.push(e);
  }
  guess(stdSheet, src, header, value, alternatives, why) {
    const g = { sheet: stdSheet, 源行: src, header, value };
    if (alternatives && alternatives.length) g.alternatives = alternatives;
    if (why) g.why = why;
    this.o.guesses.push(g);
  }
  write(file) {
    fs.writeFileSync(path.join(OUT, file), JSON.stringify(this.o, null, 2) + '\n');
  }
}
// 备注 helper: join non-empty parts with ；
const note = (...parts) => { const s = parts.filter(p => p !== undefined && p !== null && p !== '').join('；'); return s || undefined; };
const approx = (header, typed) => `〔约数〕${header}：${typed}`;

const FILES = [];
function newWb() { // fixed metadata so regenerated files only differ when content does
  const wb = new ExcelJS.Workbook();
  wb.creator = '办公室'; wb.lastModifiedBy = '办公室';
  wb.created = new Date(Date.UTC(2024, 6, 3, 9, 0, 0)); wb.modified = wb.created;
  return wb;
}
function file(name, fn) { FILES.push({ name, fn }); }

// =====================================================================
// 01  layout a — 社区 activity list (merged title, spacer, varied dates/counts,
//     小计 + 合计, 注 row, 填表人/审核人 line, trailing spaces in headers)
// =====================================================================
file('01-阳光社区-创文活动台账', async (name) => {
  const wb = newWb();
  const SN = '活动台账';
  const ws = wb.addWorksheet(SN);
  const s = new SheetW(ws, 6);
  s.widths([6, 13, 34, 12, 20, 24]);
  const e = new Exp('a', { 单位名称: '阳光社区', 单位类型: '社区', 报告年度: 2024, 报告期: '上半年' });

  const _rt = s.title('阳光社区2024年上半年创文活动台账', 6);
  e.left(SN, 'A1', '标题', 'A1:F1');
  s.blank(); // spacer row 2
  const rh = s.row(['序号', '活动时间', '活动名称 ', '参加人数', '活动地点', '备注  '], { bold: true, center: true });
  e.left(SN, A1(rh, 1), '表头', `A${rh}:F${rh}`);

  // [序号, 时间cell, 名称, 人数cell, 地点, 备注cell, expected{}, guess?]
  const rows1 = [
    [1, '2024.1.6', '“迎新春”写春联送福字', '80人', '社区党群服务中心', null,
      { 日期: iso(2024, 1, 6), 活动类型: '我们的节日', 参与数量: 80, 单位: '人' }],
    [2, '1月20日', '腊八节送温暖走访困难群众', '约50', '辖区困难户家中', '走访困难户23户',
      { 日期: iso(2024, 1, 20), 活动类型: '关爱帮扶', 参与数量: 50, 单位: '人', 备注: note('走访困难户23户', approx('参与数量', '约50')) },
      ['我们的节日', '腊八节 is a festival, but the content is visiting families in need']],
    [3, '2024/2/24', '元宵节猜灯谜', '120', '社区文化广场', null,
      { 日期: iso(2024, 2, 24), 活动类型: '我们的节日', 参与数量: 120, 单位: '人' }],
    [4, D(2024, 3, 5), '学雷锋志愿服务日', '一百二十人', '阳光路沿线', '理发、义诊、家电维修',
      { 日期: iso(2024, 3, 5), 活动类型: '志愿服务', 参与数量: 120, 单位: '人', 备注: '理发、义诊、家电维修' }],
    [5, '3月12日', '“绿色家园”义务植树', '６０', '滨河公园', '植树200余棵',
      { 日期: iso(2024, 3, 12), 活动类型: '环境整治', 参与数量: 60, 单位: '人', 备注: '植树200余棵' },
      ['志愿服务', 'planting trees: environment or volunteer work']],
    [6, '2024.3.28', '道德讲堂第3期：身边好人讲故事', '45人', '社区道德讲堂', null,
      { 日期: iso(2024, 3, 28), 活动类型: '道德讲堂', 参与数量: 45, 单位: '人' }],
  ];
  const rows2 = [
    [7, '2024/4/3', '清明节文明祭扫宣传', '30余人', '社区广场', null,
      { 日期: iso(2024, 4, 3), 活动类型: '我们的节日', 参与数量: 30, 单位: '人', 备注: approx('参与数量', '30余人') },
      ['宣传教育', '清明 is one of 我们的节日; the action itself is publicity']],
    [8, '4月20日', '背街小巷环境卫生大清扫', '65', '幸福里小区', '出动清运车2辆 ',
      { 日期: iso(2024, 4, 20), 活动类型: '环境整治', 参与数量: 65, 单位: '人', 备注: '出动清运车2辆' }],
    [9, '2024.4.26', '创文工作推进会', '全体网格员', '社区会议室', null,
      { 日期: iso(2024, 4, 26), 活动类型: '会议培训', 备注: '参加人数：全体网格员' }],
    [10, D(2024, 5, 10), '垃圾分类知识宣传进小区', '约100', '阳光花园小区', null,
      { 日期: iso(2024, 5, 10), 活动类型: '宣传教育', 参与数量: 100, 单位: '人', 备注: approx('参与数量', '约100') }],
    [11, '2024.6.7', '端午节包粽子送空巢老人', '40人', '社区老年活动室', '送粽子60份',
      { 日期: iso(2024, 6, 7), 活动类型: '我们的节日', 参与数量: 40, 单位: '人', 备注: '送粽子60份' },
      ['关爱帮扶', 'festival activity whose content is care for the elderly']],
    [12, '6月25日', '“邻里一家亲”社区纳凉晚会', '200余人', '社区文化广场', null,
      { 日期: iso(2024, 6, 25), 活动类型: '文体活动', 参与数量: 200, 单位: '人', 备注: approx('参与数量', '200余人') }],
  ];
  const put = (list) => list.forEach(([no, t, nm, cnt, place, rem, ex, g]) => {
    const r = s.row([no, t, nm, cnt, place, rem]);
    e.add('活动台账', { 日期: ex.日期, 活动名称: nm.trim(), 活动类型: ex.活动类型, 参与数量: ex.参与数量, 单位: ex.单位, 地点: place, 备注: ex.备注 }, r, SN);
    if (g) e.guess('活动台账', r, '活动类型', ex.活动类型, [g[0]], g[1]);
  });
  put(rows1);
  let r = s.row(['一季度小计', null, null, '约475', null, null], { bold: true });
  ws.mergeCells(r, 1, r, 3);
  e.left(SN, A1(r, 1), '合计行', `A${r}:F${r}`, '小计');
  put(rows2);
  r = s.row(['合计', null, null, '约910', null, '共12场'], { bold: true });
  ws.mergeCells(r, 1, r, 3);
  e.left(SN, A1(r, 1), '合计行', `A${r}:F${r}`);
  r = s.free('注：参加人数含志愿者及居民群众，部分为估算数。', 6);
  e.left(SN, A1(r, 1), '说明', `A${r}:F${r}`);
  s.blank();
  r = s.row(['填表人：周晓梅', null, null, '审核人：陈建国', null, '填表日期：2024年7月3日'], { border: false });
  e.left(SN, A1(r, 1), '签名行', `A${r}:F${r}`);

  e.o.notes = [
    'Dates typed as text (2024.1.6, 1月20日, 2024/2/24) are read with year 2024 from the title; two are real Excel dates.',
    '参加人数 → 参与数量 with 单位 人 (header says 人数, cells say 人). 约50/30余人/约100/200余人 become the number, and 备注 gets the spec tag 〔约数〕参与数量：<typed>, appended to any existing 备注 with ；.',
    '一百二十人 → 120, ６０ → 60 (exact, only a text warning).',
    'Row 9 参加人数 "全体网格员" is not a number: 参与数量 left blank and the text kept in 备注 as 参加人数：全体网格员 (an importer that reports an error instead is also defensible).',
    '活动类型 is not in the sheet: every value is inferred from the activity name; rows listed in guesses are the ambiguous ones.',
    '小计 and 合计 rows, the 注 line and the 填表人/审核人 line are left out. 填表人 could fill 基本信息.填报人 (optional; not in profile).',
    'Header cells "活动名称 " and "备注  " carry trailing spaces; one 备注 cell too (序号 8) — trimmed.',
    'Keys missing from an expected row mean the cell stays blank (no 主办或协办单位 in this sheet).'
  ].join(' ');
  await wb.xlsx.writeFile(path.join(OUT, name + '.xlsx'));
  e.write(name + '.expected.json');
});


// =====================================================================
// 02  layout b — 街道: two-row headers with merged group headers.
//     Sheet 问题整改统计: 问题情况 over 发现数（处）|已整改数（处）, typed 整改率, 合计, 注.
//     Sheet 宣传氛围: 宣传品 over 类型|数量（块）.
// =====================================================================
file('02-文华街道-问题整改与宣传统计', async (name) => {
  const wb = newWb();
  const e = new Exp('b', { 单位名称: '文华街道', 单位类型: '街道', 报告年度: 2024, 报告期: '上半年' });

  // ---- sheet 1
  const S1 = '问题整改统计';
  const ws = wb.addWorksheet(S1);
  const s = new SheetW(ws, 7);
  s.widths([6, 18, 12, 14, 10, 16, 22]);
  s.title('文华街道2024年上半年创文问题整改情况统计表', 7);
  e.left(S1, 'A1', '标题', 'A1:G1');
  const h1 = s.row(['序号', '问题类别', '问题情况', null, '整改率', '责任科室（单位）', '备注'], { bold: true, center: true });
  const h2 = s.row([null, null, '发现数（处）', '已整改数（处）', null, null, null], { bold: true, center: true });
  ws.mergeCells(h1, 3, h1, 4);
  for (const c of [1, 2, 5, 6, 7]) ws.mergeCells(h1, c, h2, c);
  e.left(S1, A1(h1, 1), '表头', `A${h1}:G${h2}`, 'two-row header; 问题情况 spans C:D');
  const probs = [
    // 类别cell, 发现cell, 已整改cell, 整改率cell, 责任, 备注, 标准类别, 发现, 已整改, guessAlt
    ['占道经营', 86, 86, '100%', '城管执法中队', null, '占道经营', 86, 86],
    ['流动摊点', 45, 43, '95.6%', '城管执法中队', '2处反复出现，持续盯守', '流动摊点', 45, 43],
    ['乱张贴（牛皮癣）', '１１２０', 1120, '100%', '环卫所、各社区', null, '乱张贴', 1120, 1120],
    ['乱堆乱放', 132, 128, '97.0%', '各社区', null, '占道堆放', 132, 128, ['其他', '乱堆乱放 is not an enum value; 占道堆放 is the closest']],
    ['违章搭建', 18, 12, '66.7%', '规划建设办', '6处已立案待拆除', '违章搭建', 18, 12],
    ['卫生死角', 64, 64, '100%', '环卫所', null, '卫生死角', 64, 64],
    ['渣土偷倒', 7, 7, '100%', '城管执法中队 ', null, '渣土偷倒', 7, 7],
    ['噪音扰民', 9, 8, '88.9%', '平安办', null, '噪音扰民', 9, 8],
  ];
  probs.forEach(([cat, f, z, rate, who, rem, std, fn, zn, g], i) => {
    const r = s.row([i + 1, cat, f, z, rate, who, rem]);
    e.add('问题整改', { 问题类别: std, 发现数: fn, 已整改数: zn, 单位: '处', 责任单位: who.trim(), 备注: rem || undefined }, r, S1);
    if (g) e.guess('问题整改', r, '问题类别', std, [g[0]], g[1]);
  });
  e.left(S1, A1(h2 + 1, 5), '计算列', `E${h2 + 1}:E${h2 + probs.length}`, 'typed 整改率: the standard computes it (formula), never imported');
  let r = s.row(['合计', null, 1481, 1468, '99.1%', null, null], { bold: true });
  ws.mergeCells(r, 1, r, 2);
  e.left(S1, A1(r, 1), '合计行', `A${r}:G${r}`);
  r = s.free('注：1.整改率=已整改数÷发现数；2.数据统计截至2024年6月30日。', 7);
  e.left(S1, A1(r, 1), '说明', `A${r}:G${r}`);

  // ---- sheet 2
  const S2 = '宣传氛围';
  const w2 = wb.addWorksheet(S2);
  const t = new SheetW(w2, 7);
  t.widths([6, 12, 12, 26, 14, 14, 20]);
  t.title('文华街道创文宣传氛围营造统计', 7);
  e.left(S2, 'A1', '标题', 'A1:G1');
  const g1 = t.row(['序号', '宣传品', null, '投放位置', '投入资金（元）', '完成时间', '备注'], { bold: true, center: true });
  const g2 = t.row([null, '类型', '数量（块）', null, null, null, null], { bold: true, center: true });
  w2.mergeCells(g1, 2, g1, 3);
  for (const c of [1, 4, 5, 6, 7]) w2.mergeCells(g1, c, g2, c);
  e.left(S2, A1(g1, 1), '表头', `A${g1}:G${g2}`, 'two-row header; 宣传品 spans B:C');
  const pubs = [
    // 类型cell, 数量cell, 位置, 投入cell, 时间cell, 备注, expected
    ['公益广告', 80, '主次干道施工围挡', 24000, '2024.3.15', '新设', { 类型: '公益广告', 数量: 80, 单位: '块', 方式: '新设', 投入金额: 24000, 日期: iso(2024, 3, 15) }],
    ['宣传栏', 15, '各社区居民小区出入口', '4.5万', D(2024, 3, 28), '更换破损宣传栏', { 类型: '宣传栏', 数量: 15, 单位: '块', 方式: '更换', 投入金额: 45000, 日期: iso(2024, 3, 28), 备注: '更换破损宣传栏' }],
    ['道旗', 120, '文华路、建设路', 18000, '4月10日', null, { 类型: '道旗', 数量: 120, 单位: '块', 投入金额: 18000, 日期: iso(2024, 4, 10) }],
    ['墙绘', '6处', '老城区背街小巷', 30000, '2024/5/8', '“讲文明树新风”主题', { 类型: '墙绘', 数量: 6, 单位: '处', 投入金额: 30000, 日期: iso(2024, 5, 8), 备注: '“讲文明树新风”主题' }],
    ['展板', 40, '街道便民服务中心', 8000, '2024.5.20', null, { 类型: '展板', 数量: 40, 单位: '块', 投入金额: 8000, 日期: iso(2024, 5, 20) }],
    ['电子屏', 12, '沿街商户LED屏', null, '6月3日', '滚动播放创文标语', { 类型: '电子屏', 数量: 12, 单位: '块', 日期: iso(2024, 6, 3), 备注: '滚动播放创文标语' }],
  ];
  pubs.forEach(([typ, n, pos, money, when, rem, ex], i) => {
    const r = t.row([i + 1, typ, n, pos, money, when, rem]);
    if (when instanceof Date) w2.getCell(r, 6).numFmt = 'yyyy"年"m"月"d"日"';
    e.add('宣传投放', { 类型: ex.类型, 位置或内容: pos, 数量: ex.数量, 单位: ex.单位, 方式: ex.方式, '投入金额（元）': ex.投入金额, 日期: ex.日期, 备注: ex.备注 }, r, S2);
  });
  r = t.row(['合计', null, 273, null, 125000, null, null], { bold: true });
  e.left(S2, A1(r, 1), '合计行', `A${r}:G${r}`);

  e.o.notes = [
    'Sheet 问题整改统计: two-row header, group header 问题情况 over 发现数（处）/已整改数（处）; the unit 处 comes from the header → 单位 处 in every row.',
    '乱张贴（牛皮癣）→ 乱张贴; 乱堆乱放 → 占道堆放 (guess); １１２０ full-width → 1120.',
    'The typed 整改率 column (E) is not imported: in the standard 整改率 is a formula written by the add-in.',
    '责任科室（单位）→ 责任单位 (trailing space in 城管执法中队 trimmed).',
    'Sheet 宣传氛围: group header 宣传品 over 类型/数量（块）. 单位 is 块 from the header for every row, except 墙绘 where the cell says 6处 → 单位 处 (the cell’s own unit wins over the header’s). 道旗 keeps 块 because that is what the header says, although 面 would be usual.',
    '方式: 新设 only where 备注 says so (row 4), 更换 where 备注 says 更换破损 (row 5); otherwise blank. 备注 “新设” on row 4 is fully represented by 方式 and is not repeated in 备注.',
    '投入资金（元）→ 投入金额（元）; 4.5万 → 45000. 完成时间 → 日期 (one real date with a 年月日 format).',
    '合计 rows and the 注 line are left out.'
  ].join(' ');
  await wb.xlsx.writeFile(path.join(OUT, name + '.xlsx'));
  e.write(name + '.expected.json');
});


// =====================================================================
// 03  layout c — 机关/局: 问题清单, one row per problem, status words.
// =====================================================================
file('03-城西区城市管理局-创文问题清单', async (name) => {
  const wb = newWb();
  const SN = '问题清单';
  const ws = wb.addWorksheet(SN);
  const s = new SheetW(ws, 8);
  s.widths([6, 12, 24, 30, 12, 18, 12, 16]);
  const e = new Exp('c', { 单位名称: '城西区城市管理局', 单位类型: '机关部门', 报告年度: 2024, 报告期: '第二季度' });
  s.title('城西区城市管理局创文问题整改清单（第二季度）', 8);
  e.left(SN, 'A1', '标题', 'A1:H1');
  const h = s.row(['序号', '发现时间', '问题地点', '问题描述', '问题类型', '整改责任单位', '整改时限', '整改情况'], { bold: true, center: true });
  e.left(SN, A1(h, 1), '表头', `A${h}:H${h}`);
  // [发现cell, 发现iso, 地点, 描述, 类型cell, 标准类别, 责任, 时限cell, 时限iso|null, 时限text-kept, 情况cell, 已整改?, guessAlt]
  const P = [
    [D(2024, 4, 8), iso(2024, 4, 8), '建设路与文华路交叉口', '早餐摊点占用人行道经营', '占道经营', '占道经营', '文华街道执法中队', '立行立改', null, '立行立改', '已整改', 1],
    ['2024.4.9', iso(2024, 4, 9), '人民北路农贸市场东侧', '流动水果摊贩聚集', '流动摊点', '流动摊点', '城管执法二中队', '2024.4.30', iso(2024, 4, 30), null, '已整改', 1],
    ['4月12日', iso(2024, 4, 12), '幸福里小区3栋楼道', '楼道内小广告（牛皮癣）密集', '乱张贴', '乱张贴', '幸福里物业公司', '2024.4.20', iso(2024, 4, 20), null, '已整改', 1],
    [D(2024, 4, 18), iso(2024, 4, 18), '滨河路绿化带', '建筑垃圾倾倒约3方', '渣土偷倒', '渣土偷倒', '城管执法一中队', '2024/4/25', iso(2024, 4, 25), null, '已整改', 1],
    ['2024/4/26', iso(2024, 4, 26), '东关街12号', '商户门前违规搭建雨棚', '违章搭建', '违章搭建', '东关街道', '6月底前', iso(2024, 6, 30), null, '整改中', 0,
      ['6月底前 read as 2024-06-30; leaving 整改时限 blank with the text in 备注 is also acceptable']],
    ['5月6日', iso(2024, 5, 6), '光明路公交站', '违规设置落地广告牌', '移动广告牌', '移动广告牌', '城管执法二中队', '立行立改', null, '立行立改', '已整改', 1],
    [D(2024, 5, 13), iso(2024, 5, 13), '老城区南三巷', '垃圾堆积，存在卫生死角', '暴露垃圾', '卫生死角', '区环卫所', '2024.5.20', iso(2024, 5, 20), null, '已整改', 1,
      ['其他', '暴露垃圾 is not an enum value; the description says 卫生死角']],
    ['2024.5.21', iso(2024, 5, 21), '夜市一条街', '烧烤店出店经营（店外店）', '店外店', '占道经营', '城管执法三中队', '2024.5.31', iso(2024, 5, 31), null, '整改中', 0,
      ['其他', '店外店 = 出店经营 on the pavement, i.e. 占道经营']],
    ['2024年5月28日', iso(2024, 5, 28), '建材市场北门', '装修材料沿街堆放占用车行道', '乱堆乱放', '占道堆放', '建材市场管理方', D(2024, 6, 10), iso(2024, 6, 10), null, '已整改', 1,
      ['其他', '乱堆乱放 on the street = 占道堆放']],
    ['6月3日', iso(2024, 6, 3), '阳光花园小区广场', '夜间广场舞音响音量过大', '噪音扰民', '噪音扰民', '阳光社区', '2024.6.15', iso(2024, 6, 15), null, '未整改（已约谈）', 0],
    [D(2024, 6, 11), iso(2024, 6, 11), '火车站广场', '共享单车乱停乱放', '乱停乱放', '其他', '区交通运输局', '2024.6.20', iso(2024, 6, 20), null, '已整改', 1,
      ['占道堆放', 'parking disorder has no category of its own']],
    ['2024.6.18', iso(2024, 6, 18), '人民南路', '沿街商户占道摆卖', '乱摆卖', '乱摆卖', '城管执法一中队', '立行立改', null, '立行立改', '已整改 ', 1],
    [D(2024, 6, 25), iso(2024, 6, 25), '建设路电线杆', '电线杆、配电箱小广告', '乱张贴', '乱张贴', '区环卫所', '7月5日', iso(2024, 7, 5), null, '未整改', 0],
  ];
  P.forEach(([f, fIso, place, desc, typ, std, who, lim, limIso, limText, st, done, g], i) => {
    const r = s.row([i + 1, f, place, desc, typ, who, lim, st]);
    if (lim instanceof Date) ws.getCell(r, 7).numFmt = 'yyyy"年"m"月"d"日"';
    const status = st.trim();
    e.add('问题整改', {
      问题类别: std, 发现数: 1, 已整改数: done, 单位: '处', 责任单位: who, 整改时限: limIso || undefined,
      备注: note(`${fIso}发现`, `${place}：${desc}`, limText ? `整改时限：${limText}` : null, status === '已整改' ? null : status),
    }, r, SN);
    if (g && g.length === 1) e.guess('问题整改', r, '整改时限', limIso, [], g[0]);
    else if (g) e.guess('问题整改', r, '问题类别', std, [g[0]], g[1]);
  });
  e.o.notes = [
    'One standard 问题整改 row per problem (the standard’s own columns 责任单位/整改时限 are per row, so nothing is lost): 发现数 1; 已整改数 1 for 已整改, 0 for 整改中 and 未整改（已约谈）; 单位 处 (every problem is a place; 起 or 宗 would also be acceptable — guess).',
    'A roll-up per 问题类别 (e.g. 乱张贴 发现 2 已整改 1) is the acceptable alternative; it must then drop 责任单位/整改时限 or keep only a shared one.',
    '发现时间, 问题地点, 问题描述 have no standard column: they go into 备注 as "<发现日期>发现；<地点>：<描述>", followed by 整改时限：立行立改 when the 时限 is not a date, and by the status word when it is not 已整改. 备注 is free text: compare it loosely (it should contain the place).',
    '问题类型 mapping: 暴露垃圾 → 卫生死角, 店外店 → 占道经营, 乱堆乱放 → 占道堆放, 乱停乱放 → 其他 (all guesses, see guesses).',
    '整改时限: 立行立改 → blank; 6月底前 → 2024-06-30 (guess); 7月5日 → 2024-07-05 (after the quarter, fine for a deadline). 报告期 第二季度 comes from the title.',
    '整改情况 "已整改 " has a trailing space.'
  ].join(' ');
  e.o.looseFields = ['问题整改.备注'];
  await wb.xlsx.writeFile(path.join(OUT, name + '.xlsx'));
  e.write(name + '.expected.json');
});


// =====================================================================
// 04  layout d — 学校: volunteer 花名册 (one row per person, personal data).
//     Standard result: one 志愿服务 row per team, never names/phones/IDs.
// =====================================================================
file('04-城西职业技术学校-志愿者花名册', async (name) => {
  const wb = newWb();
  const SN = '志愿者花名册';
  const ws = wb.addWorksheet(SN);
  const s = new SheetW(ws, 8);
  s.widths([6, 10, 6, 15, 22, 22, 14, 16]);
  const e = new Exp('d', { 单位名称: '城西职业技术学校', 单位类型: '学校', 报告年度: 2024, 报告期: '上半年' });
  s.title('城西职校创文志愿者花名册（2024年上半年）', 8);
  e.left(SN, 'A1', '标题', 'A1:H1');
  const h = s.row(['序号', '姓名', '性别', '联系电话', '身份证号', '所属队伍', '服务类型', '服务时长（小时）'], { bold: true, center: true });
  e.left(SN, A1(h, 1), '表头', `A${h}:H${h}`);
  const T1 = '教师党员先锋队', T2 = '学生青年志愿者服务队', T3 = '家长志愿者队';
  // invented people; phones masked, IDs fake and masked. [姓名, 性别, 电话, 身份证, 队伍cell, 服务类型, 时长cell, 时长num]
  const P = [
    ['郑文博', '男', '138****2716', '410105********0031', T1, '交通劝导', 12, 12],
    ['韩雪梅', '女', '139****8802', '410102********2047', T1, '文明宣传', 10.5, 10.5],
    ['罗志强', '男', '137****4410', '410104********1513', T1, '交通劝导', '８', 8],
    ['谢丽娟', '女', '135****0965', '410103********3328', T1, '文明宣传', '6小时', 6],
    ['彭建军', '男', '186****3391', '410105********5719', T1, '交通劝导', 14, 14],
    ['曹慧敏', '女', '158****7724', '410122********2826', T1, '文明宣传', 9, 9],
    ['许国栋', '男', '139****1150', '410102********4411', T1, '交通劝导', null, 0],
    ['林子涵', '女', '176****6603', '410105********0027', T2, '环境清扫', 16, 16],
    ['高宇航', '男', '150****2287', '410104********0419', T2, '交通劝导', 12, 12],
    ['宋佳怡', '女', '187****5530', '410102********0049', T2 + ' ', '助老服务', 8, 8],
    ['唐浩然', '男', '133****9018', '410103********3016', T2, '环境清扫', 8, 8],
    ['冯梓萱', '女', '152****6671', '410105********1224', T2, '助老服务', 20, 20],
    ['董一鸣', '男', '177****0342', '410122********7331', T2, '交通劝导', 6.5, 6.5],
    ['程雨桐', '女', '138****4456', '410104********2060', T2, '环境清扫', 10, 10],
    ['袁明哲', '男', '189****7735', '410102********5212', T2, '环境清扫', '１２', 12],
    ['邓诗琪', '女', '130****2209', '410105********0683', T2, '助老服务', 4, 4],
    ['傅俊杰', '男', '156****8817', '410103********1970', T2, '交通劝导', 8, 8],
    ['沈可欣', '女', '185****3154', '410105********4426', T2, '环境清扫', 10, 10],
    ['叶晨阳', '男', '131****6628', '410122********1815', T3, '护学岗', 5, 5],
    ['蒋秀芝', '女', '136****9047', '410104********3527', T3, '护学岗', 4, 4],
    ['魏海涛', '男', '159****1183', '410102********0714', T3, '交通劝导', 6, 6],
    ['金子墨', '男', '183****5406', '410105********6635', T2, '环境清扫', 6, 6],   // a student listed late (team ≠ position)
    ['陆美华', '女', '134****7790', '410103********2841', T3, '护学岗', 3, 3],
    ['姚春燕', '女', '157****0218', '410122********5027', T3, '护学岗', '2.5', 2.5],
  ];
  const first = s.r + 1;
  const teams = new Map(); // name -> {rows, n, hours, services}
  P.forEach(([nm, sex, tel, id, team, svc, hc, hn], i) => {
    const r = s.row([i + 1, nm, sex, tel, id, team, svc, hc]);
    const k = team.trim();
    if (!teams.has(k)) teams.set(k, { rows: [], n: 0, hours: 0, svc: [] });
    const t = teams.get(k);
    t.rows.push(r); t.n++; t.hours += hn; if (!t.svc.includes(svc)) t.svc.push(svc);
  });
  const last = s.r;
  e.left(SN, A1(first, 2), '个人信息', `B${first}:B${last}`, '姓名');
  e.left(SN, A1(first, 3), '个人信息', `C${first}:C${last}`, '性别');
  e.left(SN, A1(first, 4), '个人信息', `D${first}:D${last}`, '联系电话');
  e.left(SN, A1(first, 5), '个人信息', `E${first}:E${last}`, '身份证号');
  let r = s.row(['合计', null, null, null, null, '3支队伍', '共24人', 200.5], { bold: true });
  ws.mergeCells(r, 1, r, 5);
  e.left(SN, A1(r, 1), '合计行', `A${r}:H${r}`);
  r = s.free('注：服务时长统计截至2024年6月30日，以“志愿汇”平台记录为准。', 8);
  e.left(SN, A1(r, 1), '说明', `A${r}:H${r}`);
  const types = { [T1]: '党员志愿者', [T2]: '青年志愿者', [T3]: '综合志愿者' };
  for (const [k, t] of teams) {
    e.add('志愿服务', { 队伍名称: k, 队伍类型: types[k], 注册人数: t.n, '服务时长（小时）': Math.round(t.hours * 10) / 10, 主要服务内容: t.svc.join('、') }, t.rows, SN);
  }
  e.guess('志愿服务', teams.get(T3).rows, '队伍类型', '综合志愿者', ['其他'], 'a parents’ team has no type of its own');
  e.guess('志愿服务', teams.get(T2).rows, '队伍类型', '青年志愿者', ['少年志愿者'], 'vocational-school students (16–18): 青年 rather than 少年');
  e.o.notes = [
    'Roll-up: one 志愿服务 row per distinct 所属队伍 (trimmed; "学生青年志愿者服务队 " with a trailing space is the same team), in order of first appearance.',
    '注册人数 = number of people listed in the team; 服务时长（小时） = sum of the team’s hours (８/１２ full-width, "6小时", text "2.5" read as numbers; one blank = 0).',
    `Team totals: ${[...teams].map(([k, t]) => `${k} ${t.n}人 ${Math.round(t.hours * 10) / 10}小时`).join('，')} (sum 200.5 h, matches the 合计 row).`,
    '主要服务内容 = the team’s distinct 服务类型 joined with 、 in order of first appearance. 服务次数 is not in the roster → blank.',
    'Names, 性别, phones and ID numbers are never imported (leftOut 个人信息). All names are invented, phones masked, IDs fake and masked.',
    '队伍类型: 教师党员先锋队 → 党员志愿者; 学生青年志愿者服务队 → 青年志愿者; 家长志愿者队 → 综合志愿者 (guess).',
    '源行 of each team row is the list of its people’s rows.'
  ].join(' ');
  await wb.xlsx.writeFile(path.join(OUT, name + '.xlsx'));
  e.write(name + '.expected.json');
});


// =====================================================================
// 05  layout e — 妇联: honours list, with an entirely empty column (E).
// =====================================================================
file('05-青山镇妇联-先进典型汇总', async (name) => {
  const wb = newWb();
  const SN = '荣誉汇总';
  const ws = wb.addWorksheet(SN);
  const s = new SheetW(ws, 8);
  s.widths([6, 20, 44, 20, 4, 13, 8, 18]);
  const e = new Exp('e', { 单位名称: '青山镇妇联', 单位类型: '群团组织', 报告年度: 2024, 报告期: '上半年' });
  s.title('青山镇妇联2024年上半年先进典型（荣誉）汇总表', 8);
  e.left(SN, 'A1', '标题', 'A1:H1');
  const h = s.row(['序号', '荣誉名称', '获奖个人/集体', '授予单位', null, '时间', '级别', '备注'], { bold: true, center: true });
  e.left(SN, A1(h, 1), '表头', `A${h}:H${h}`);
  const ten1 = ['张桂兰', '刘秀英', '王淑珍', '李玉芬', '赵凤琴', '陈桂香', '杨秀兰', '黄美玲', '周翠英', '吴玉梅'];
  const ten2 = ['孙丽萍', '马晓燕', '朱红霞', '胡静', '郭春梅', '何玉洁', '高丽华', '林秀云', '罗小琴', '梁桂芳'];
  // [荣誉cell, 获奖cell, 授予, 时间cell, 级别cell, 备注cell, expected{}, guesses[]]
  const H = [
    ['十佳孝老爱亲模范', ten1.join('、'), '青山镇党委、镇政府', '2024.3.8', '镇级', null,
      { 荣誉名称: '十佳孝老爱亲模范', 级别: '街道/乡镇', 类别: '孝老爱亲', 人数: 10, 姓名: ten1.join('、'), 日期: iso(2024, 3, 8) }],
    ['十佳好媳妇', ten2.join('，'), '青山镇妇联', '3月8日', '镇级', '三八节表彰',
      { 荣誉名称: '十佳好媳妇', 级别: '街道/乡镇', 类别: '孝老爱亲', 人数: 10, 姓名: ten2.join('、'), 日期: iso(2024, 3, 8), 备注x: '三八节表彰' },
      [['类别', '孝老爱亲', ['其他'], '好媳妇 is usually awarded for caring for in-laws']]],
    ['三八红旗手', '陈晓燕', '城西区妇联', '2024/3/5', '区级', null,
      { 荣誉名称: '三八红旗手', 级别: '县/区', 类别: '敬业奉献', 人数: 1, 姓名: '陈晓燕', 日期: iso(2024, 3, 5) },
      [['类别', '敬业奉献', ['其他'], '红旗手 honours work achievements']]],
    ['巾帼文明岗', '青山镇卫生院妇产科（集体）', '市妇联', D(2024, 3, 6), '市级', null,
      { 荣誉名称: '巾帼文明岗', 级别: '市', 类别: '敬业奉献', 人数: 1, 姓名: '青山镇卫生院妇产科', 日期: iso(2024, 3, 6), 备注x: '集体' },
      [['人数', 1, [], 'a collective counts as one honoured entry; its head-count is unknown']]],
    ['最美家庭', '李建华家庭、赵明家庭、孙丽家庭', '市妇联', '2024.5.15', '市级', null,
      { 荣誉名称: '最美家庭', 级别: '市', 类别: '其他', 人数: 3, 姓名: '李建华家庭、赵明家庭、孙丽家庭', 日期: iso(2024, 5, 15) },
      [['人数', 3, [], 'three families, counted one each'], ['类别', '其他', ['孝老爱亲'], 'no category for 最美家庭']]],
    ['巾帼建功标兵', '郑丽', '省妇联', '2024.4.28', '省级', null,
      { 荣誉名称: '巾帼建功标兵', 级别: '省', 类别: '敬业奉献', 人数: 1, 姓名: '郑丽', 日期: iso(2024, 4, 28) }],
    ['青山好人', '周大勇（勇救落水儿童）', '青山镇党委', '6月18日', '镇级', '见义勇为类',
      { 荣誉名称: '青山好人', 级别: '街道/乡镇', 类别: '见义勇为', 人数: 1, 姓名: '周大勇', 日期: iso(2024, 6, 18), 备注x: note('勇救落水儿童', '见义勇为类') }],
    ['区“最美志愿者”', '吴红梅、何晓丽', '区文明办', D(2024, 5, 20), '区级 ', null,
      { 荣誉名称: '区“最美志愿者”', 级别: '县/区', 类别: '助人为乐', 人数: 2, 姓名: '吴红梅、何晓丽', 日期: iso(2024, 5, 20) },
      [['类别', '助人为乐', ['敬业奉献', '其他'], 'volunteers: helping others']]],
    ['楼栋好人', '马玉兰', '青山社区居委会', '2024.6.20', '社区级', null,
      { 荣誉名称: '楼栋好人', 级别: '社区/村', 类别: '助人为乐', 人数: 1, 姓名: '马玉兰', 日期: iso(2024, 6, 20) },
      [['级别', '社区/村', ['楼栋/小区'], 'the sheet says 社区级 (awarded by the community) although the title is 楼栋好人'], ['类别', '助人为乐', ['其他'], 'guess']]],
  ];
  const _first = s.r + 1;
  H.forEach(([hon, who, by, when, lvl, rem, ex, gs], i) => {
    const r = s.row([i + 1, hon, who, by, null, when, lvl, rem]);
    e.add('先进典型', {
      荣誉名称: ex.荣誉名称, 级别: ex.级别, 类别: ex.类别, 人数: ex.人数, 姓名: ex.姓名, 日期: ex.日期,
      备注: note(`授予单位：${by}`, ex.备注x),
    }, r, SN);
    (gs || []).forEach(([hd, v, alt, why]) => e.guess('先进典型', r, hd, v, alt, why));
  });
  e.left(SN, A1(h, 5), '空列', `E${h}:E${s.r}`, 'column E has neither header nor data');
  let r = s.free('注：获奖名单以正式表彰文件为准。', 8);
  e.left(SN, A1(r, 1), '说明', `A${r}:H${r}`);
  r = s.row(['填报单位：青山镇妇联', null, null, '填报人：孙玉洁', null, '联系电话：139****6021'], { border: false });
  e.left(SN, A1(r, 1), '签名行', `A${r}:H${r}`);
  e.o.notes = [
    '人数 = number of names in 获奖个人/集体 (split on 、 or ，); a collective (巾帼文明岗, "（集体）") counts 1; each 家庭 counts 1 (guesses).',
    '姓名 keeps the names (the standard has a 姓名 column; it is personal data printed only on opt-in), normalised to 、 separators; parenthesised remarks are moved to 备注 (周大勇（勇救落水儿童）→ 姓名 周大勇, 备注 …勇救落水儿童; （集体） → 备注 集体).',
    '级别 mapping: 镇级 → 街道/乡镇, 区级 → 县/区, 市级 → 市, 省级 → 省, 社区级 → 社区/村 (trailing space in "区级 " trimmed).',
    '授予单位 has no standard column: kept in 备注 as 授予单位：<…>, followed by the sheet’s own 备注 with ；. 备注 is free text: compare loosely.',
    '类别 is inferred from the honour name (see guesses). Column E is entirely empty (空列). The signature line holds a masked phone: not imported.'
  ].join(' ');
  e.o.looseFields = ['先进典型.备注', '先进典型.姓名'];
  await wb.xlsx.writeFile(path.join(OUT, name + '.xlsx'));
  e.write(name + '.expected.json');
});


// =====================================================================
// 06  layout f — 企业: publicity-installation list, two sheets.
//     户外宣传: 数量（块） in the header, some cells carry their own unit.
//     宣传资料: 数量 + 单位 columns, 本 (not an enum unit), 约1500.
// =====================================================================
file('06-城西供电公司-创文宣传投放明细', async (name) => {
  const wb = newWb();
  const e = new Exp('f', { 单位名称: '城西供电公司', 单位类型: '企事业单位', 报告年度: 2024, 报告期: '上半年' });
  const S1 = '户外宣传';
  const ws = wb.addWorksheet(S1);
  const s = new SheetW(ws, 6);
  s.widths([12, 30, 12, 12, 13, 22]);
  s.title('城西供电公司2024年上半年创文户外宣传投放明细', 6);
  e.left(S1, 'A1', '标题', 'A1:F1');
  s.blank();
  const h = s.row(['宣传类型', '投放位置', '数量（块）', '费用(元)', '时间', '备注'], { bold: true, center: true });
  e.left(S1, A1(h, 1), '表头', `A${h}:F${h}`);
  const O = [
    // 类型cell, 位置, 数量cell, 费用cell, 时间cell, 备注cell, expected
    ['展板', '建成区主次干道（供电路、建设路）', 220, '6.6万', '2024.3.15', null, { 类型: '展板', 数量: 220, 单位: '块', 金额: 66000, 日期: iso(2024, 3, 15) }],
    ['公益广告', '各营业厅门前', 12, 3600, D(2024, 3, 20), '“讲文明 树新风”系列', { 类型: '公益广告', 数量: 12, 单位: '块', 金额: 3600, 日期: iso(2024, 3, 20), 备注: '“讲文明 树新风”系列' }],
    ['宣传栏', '公司大院及职工家属院', 4, 8000, '4月2日', '更换破损宣传栏', { 类型: '宣传栏', 数量: 4, 单位: '块', 方式: '更换', 金额: 8000, 日期: iso(2024, 4, 2), 备注: '更换破损宣传栏' }],
    ['LED电子屏', '营业厅LED屏', 3, null, '2024/4/8', '滚动播放创文标语', { 类型: '电子屏', 数量: 3, 单位: '块', 日期: iso(2024, 4, 8), 备注: '滚动播放创文标语' }],
    ['道旗', '供电路沿线', '60面', 9000, D(2024, 4, 22), null, { 类型: '道旗', 数量: 60, 单位: '面', 金额: 9000, 日期: iso(2024, 4, 22) }],
    ['横幅', '各供电所', '18条', 1800, '5月10日', null, { 类型: '横幅', 数量: 18, 单位: '条', 金额: 1800, 日期: iso(2024, 5, 10) }],
    ['墙绘', '110kV城西变电站围墙', '2处', '1.2万', '2024.5.28', '社会主义核心价值观主题', { 类型: '墙绘', 数量: 2, 单位: '处', 金额: 12000, 日期: iso(2024, 5, 28), 备注: '社会主义核心价值观主题' }],
    ['公益广告 ', '公交站台灯箱', '１０', 5000, '2024.6.12', '维护更新画面', { 类型: '公益广告', 数量: 10, 单位: '块', 方式: '维护', 金额: 5000, 日期: iso(2024, 6, 12), 备注: '维护更新画面' },
      ['方式', '维护', ['更换'], '“维护更新画面”: upkeep of existing boxes with new pictures']],
  ];
  O.forEach(([typ, pos, n, money, when, rem, ex, g]) => {
    const r = s.row([typ, pos, n, money, when, rem]);
    e.add('宣传投放', { 类型: ex.类型, 位置或内容: pos, 数量: ex.数量, 单位: ex.单位, 方式: ex.方式, '投入金额（元）': ex.金额, 日期: ex.日期, 备注: ex.备注 }, r, S1);
    if (g) e.guess('宣传投放', r, g[0], g[1], g[2], g[3]);
  });
  let r = s.row(['小计', null, null, '10.54万', null, null], { bold: true });
  e.left(S1, A1(r, 1), '合计行', `A${r}:F${r}`, '小计');

  const S2 = '宣传资料';
  const w2 = wb.addWorksheet(S2);
  const t = new SheetW(w2, 7);
  t.widths([6, 18, 22, 10, 8, 12, 24]);
  t.title('宣传资料发放登记', 7);
  e.left(S2, 'A1', '标题', 'A1:G1');
  const h2 = t.row(['序号', '宣传类型', '投放位置', '数量', '单位', '时间', '备注'], { bold: true, center: true });
  e.left(S2, A1(h2, 1), '表头', `A${h2}:G${h2}`);
  const M = [
    ['安全用电宣传单', '辖区商户、居民', 2000, '份', '2024.3.5', '学雷锋日集中发放', { 类型: '宣传单', 数量: 2000, 单位: '份', 日期: iso(2024, 3, 5), 备注: '学雷锋日集中发放' }],
    ['文明创建倡议书', '公司全体职工', 650, '份', D(2024, 3, 8), null, { 类型: '倡议书', 数量: 650, 单位: '份', 日期: iso(2024, 3, 8) }],
    ['创文应知应会手册', '各营业厅', 300, '本', '4月15日', null, { 类型: '宣传资料', 数量: 300, 单位: '份', 日期: iso(2024, 4, 15), 备注: '原单位：本' },
      ['单位', '份', [], '本 is not an enum unit; a booklet is one 份']],
    ['文明交通海报', '各供电所', 120, '张', '2024/5/6', null, { 类型: '其他', 数量: 120, 单位: '张', 日期: iso(2024, 5, 6) },
      ['类型', '其他', ['公益广告', '宣传资料'], 'a poster is none of the listed types exactly']],
    ['“节约用电”宣传折页', '城西社区、阳光社区', '约1500', '份', '6月5日', '世界环境日', { 类型: '宣传单', 数量: 1500, 单位: '份', 日期: iso(2024, 6, 5), 备注: note('世界环境日', approx('数量', '约1500')) },
      ['类型', '宣传单', ['宣传资料'], 'a folded leaflet']],
  ];
  M.forEach(([typ, pos, n, u, when, rem, ex, g], i) => {
    const r = t.row([i + 1, typ, pos, n, u, when, rem]);
    // 位置或内容 carries the position; the item's own name is kept when the 类型 loses it
    const keepName = !['倡议书'].some(k => typ.includes(k));
    e.add('宣传投放', { 类型: ex.类型, 位置或内容: keepName ? `${typ}（${pos}）` : pos, 数量: ex.数量, 单位: ex.单位, 方式: '发放', 日期: ex.日期, 备注: ex.备注 }, r, S2);
    if (g) e.guess('宣传投放', r, g[0], g[1], g[2], g[3]);
  });
  r = t.row(['合计', null, null, 4570, null, null, null], { bold: true });
  e.left(S2, A1(r, 1), '合计行', `A${r}:G${r}`);

  e.o.notes = [
    'Sheet 户外宣传: header 数量（块） gives 单位 块 unless the cell carries its own unit (60面 → 面, 18条 → 条, 2处 → 处). Full-width １０ → 10.',
    '费用(元) → 投入金额（元）; 6.6万 → 66000, 1.2万 → 12000 (exact per the spec). LED电子屏 → 电子屏; "公益广告 " trimmed.',
    '方式: 更换 where 备注 says 更换破损, 维护 for 维护更新画面 (guess), blank otherwise on 户外宣传; every row of 宣传资料 is a hand-out → 方式 发放.',
    'Sheet 宣传资料: 宣传类型 is a concrete item name; it maps to 宣传单/倡议书/宣传资料/其他 (guesses) and the item name is kept in 位置或内容 as "<item>（<where>）" (except 倡议书 whose name adds nothing). 位置或内容 and 备注 are free text: compare loosely.',
    '本 is not an enum unit → 份 and 备注 原单位：本. 约1500 → 1500 with the 〔约数〕 tag in 备注. 小计/合计 rows left out.'
  ].join(' ');
  e.o.looseFields = ['宣传投放.位置或内容', '宣传投放.备注'];
  await wb.xlsx.writeFile(path.join(OUT, name + '.xlsx'));
  e.write(name + '.expected.json');
});


// =====================================================================
// 07  layout g — 公园管委会: one sheet, three blocks (组织领导 / 活动开展 /
//     问题整改), each with a section label and its own small header.
// =====================================================================
file('07-滨湖公园管委会-创文工作台账', async (name) => {
  const wb = newWb();
  const SN = '创文台账';
  const ws = wb.addWorksheet(SN);
  const s = new SheetW(ws, 6);
  s.widths([6, 13, 30, 12, 18, 24]);
  const e = new Exp('g', { 单位名称: '滨湖公园管委会', 单位类型: '企事业单位', 报告年度: 2024, 报告期: '上半年' });
  e.guess('基本信息', null, '单位类型', '企事业单位', ['机关部门', '其他'], 'a park management committee is usually a public institution (事业单位); 机关部门 if it is a government agency');
  s.title('滨湖公园管委会2024年上半年创文工作台账', 6);
  e.left(SN, 'A1', '标题', 'A1:F1');
  s.blank();

  // ---- block 1: 组织领导
  let r = s.row(['一、组织领导'], { border: false, bold: true, cols: 1 });
  e.left(SN, A1(r, 1), '标题', `A${r}:F${r}`, 'section label');
  r = s.row(['序号', '时间', '事项', '内容', null, '备注'], { bold: true, center: true });
  ws.mergeCells(r, 4, r, 5);
  e.left(SN, A1(r, 1), '表头', `A${r}:F${r}`);
  const B1 = [
    ['2024.1.10', iso(2024, 1, 10), '领导小组', '调整充实创文工作领导小组', '主任任组长，分管副主任任副组长'],
    ['2月26日', iso(2024, 2, 26), '工作会议', '召开2024年创文工作推进会', '参会28人'],
    [D(2024, 4, 15), iso(2024, 4, 15), '督查检查', '园区创文点位拉网式自查', '发现问题9处，已交办'],
    ['2024/5/20', iso(2024, 5, 20), '共建单位', '与滨湖小学签订文明共建协议', null],
    ['6月12日', iso(2024, 6, 12), '任务分解', '印发《创文任务分解表》', '明确责任科室5个'],
  ];
  B1.forEach(([t, ti, kind, what, rem], i) => {
    const rr = s.row([i + 1, t, kind, what, null, rem]);
    ws.mergeCells(rr, 4, rr, 5);
    e.add('组织保障', { 事项类型: kind, 名称或内容: what, 日期: ti, 备注: rem || undefined }, rr, SN);
  });
  s.blank();

  // ---- block 2: 活动开展
  r = s.row(['二、活动开展'], { border: false, bold: true, cols: 1 });
  e.left(SN, A1(r, 1), '标题', `A${r}:F${r}`, 'section label');
  r = s.row(['序号', '日期', '活动名称', '参与人数', '地点', '备注'], { bold: true, center: true });
  e.left(SN, A1(r, 1), '表头', `A${r}:F${r}`);
  const B2 = [
    [D(2024, 3, 5), iso(2024, 3, 5), '学雷锋“文明游园”志愿服务', '45人', 45, '人', null, '公园南门广场', '劝导不文明游园行为', '志愿服务'],
    ['2024.4.4', iso(2024, 4, 4), '清明节“文明祭扫 绿色出行”宣传', 30, 30, '人', null, '公园东门', null, '我们的节日', ['宣传教育']],
    ['5月1日', iso(2024, 5, 1), '“五一”文明游园宣传', '约20', 20, '人', '约20', '游客中心', '发放倡议书500份', '宣传教育'],
    ['2024/5/18', iso(2024, 5, 18), '湖岸垃圾清理行动', '60人', 60, '人', null, '滨湖步道', '清理垃圾1.5吨', '环境整治'],
    [D(2024, 6, 10), iso(2024, 6, 10), '端午节龙舟文化展演', '300余人次', 300, '人次', '300余人次', '湖心广场', null, '我们的节日', ['文体活动']],
  ];
  B2.forEach(([t, ti, nm, cnt, n, unit, ap, place, rem, typ, alt], i) => {
    const rr = s.row([i + 1, t, nm, cnt, place, rem]);
    e.add('活动台账', { 日期: ti, 活动名称: nm, 活动类型: typ, 参与数量: n, 单位: unit, 地点: place, 备注: note(rem, ap ? approx('参与数量', ap) : null) }, rr, SN);
    if (alt) e.guess('活动台账', rr, '活动类型', typ, alt, 'inferred from the name');
  });
  s.blank();

  // ---- block 3: 问题整改
  r = s.row(['三、问题整改'], { border: false, bold: true, cols: 1 });
  e.left(SN, A1(r, 1), '标题', `A${r}:F${r}`, 'section label');
  r = s.row(['序号', '问题类型', '发现（处）', '已整改（处）', '责任科室', '备注'], { bold: true, center: true });
  e.left(SN, A1(r, 1), '表头', `A${r}:F${r}`);
  const B3 = [
    ['乱摆卖', 12, 12, '园区管理科', null],
    ['乱张贴', 30, 30, '保洁队', '主要为园内小广告'],
    ['卫生死角', 8, 7, '环卫科', '湖心岛1处待清淤'],
    ['流动摊点', 15, 14, '园区管理科', null],
  ];
  B3.forEach(([cat, f, z, who, rem], i) => {
    const rr = s.row([i + 1, cat, f, z, who, rem]);
    e.add('问题整改', { 问题类别: cat, 发现数: f, 已整改数: z, 单位: '处', 责任单位: who, 备注: rem || undefined }, rr, SN);
  });
  r = s.row(['合计', null, 65, 63, null, null], { bold: true });
  e.left(SN, A1(r, 1), '合计行', `A${r}:F${r}`);
  s.blank();
  r = s.free('注：本台账由综合办汇总，各科室对所报数据负责。', 6);
  e.left(SN, A1(r, 1), '说明', `A${r}:F${r}`);

  e.o.notes = [
    'One sheet, three blocks separated by blank rows, each with a section label (一、二、三) and its own header: 组织领导 → 组织保障, 活动开展 → 活动台账, 问题整改 → 问题整改.',
    '组织保障: 事项 gives 事项类型 directly; 内容 (merged D:E) → 名称或内容; 数量/单位 left blank because the rows give no count of their own (参会28人, 发现问题9处 stay in 备注).',
    '活动台账: 活动类型 inferred from names (guesses for 清明节 and 端午节). 300余人次 under header 参与人数 → 单位 人次 (the cell’s own unit wins). 约20 / 300余人次 → 〔约数〕 tag in 备注.',
    '问题整改: unit 处 from the headers 发现（处）/已整改（处）. 合计 row and the 注 line are left out.',
    '单位类型 企事业单位 is a guess (see guesses, 源行 null = profile).'
  ].join(' ');
  await wb.xlsx.writeFile(path.join(OUT, name + '.xlsx'));
  e.write(name + '.expected.json');
});


// =====================================================================
// 08  layout a (variant) — 医院 (企事业单位), 第一季度: merged title, no spacer,
//     real Excel dates shown as m月d日, 参与人次, monthly 小计, an entirely empty
//     column (E) and a column with no header (H: photo counts).
// =====================================================================
file('08-城西区人民医院-创文活动开展情况', async (name) => {
  const wb = newWb();
  const SN = 'Sheet1';
  const ws = wb.addWorksheet(SN);
  const s = new SheetW(ws, 8);
  s.widths([6, 12, 32, 12, 4, 22, 14, 10]);
  const e = new Exp('a', { 单位名称: '城西区人民医院', 单位类型: '企事业单位', 报告年度: 2024, 报告期: '第一季度' });
  s.title('城西区人民医院2024年第一季度创文活动开展情况', 8);
  e.left(SN, 'A1', '标题', 'A1:H1');
  const h = s.row(['序号', '日期', '活动名称', '参与人次', null, '活动地点', '负责科室', null], { bold: true, center: true });
  e.left(SN, A1(h, 1), '表头', `A${h}:H${h}`);
  const MD = 'm"月"d"日"';
  // [日期cell, iso, 名称, 人次cell, n, approxTyped, 地点, 科室, H-cell, 类型, alt]
  const A = [
    [D(2024, 1, 12), iso(2024, 1, 12), '创文工作动员暨应知应会培训会', 120, 120, null, '门诊楼四楼会议室', '院办', '照片2张', '会议培训'],
    [D(2024, 1, 26), iso(2024, 1, 26), '党委理论学习中心组（扩大）学习', 35, 35, null, '行政楼三楼会议室', '党办', null, '理论学习'],
    [D(2024, 2, 6), iso(2024, 2, 6), '春节前走访慰问困难职工', 18, 18, null, '困难职工家中', '工会', '照片3张', '关爱帮扶'],
  ];
  const B = [
    [D(2024, 3, 5), iso(2024, 3, 5), '学雷锋义诊进社区', '2000余人次', 2000, '2000余人次', '南桥社区、西岳社区', '医务科', '照片6张', '志愿服务', ['关爱帮扶']],
    ['2024年3月20日', iso(2024, 3, 20), '责任路段卫生大清扫', '60余', 60, '60余', '光明路、开元大街', '后勤保障科 ', '清运垃圾6车', '环境整治'],
    [D(2024, 3, 22), iso(2024, 3, 22), '“世界防治结核病日”健康宣教', '２００', 200, null, '门诊大厅', '公共卫生科', null, '宣传教育'],
    [D(2024, 3, 28), iso(2024, 3, 28), '关爱老年人免费健康体检', 150, 150, null, '体检中心', '健康管理科', '照片4张', '关爱帮扶'],
  ];
  let no = 0;
  const put = (L) => L.forEach(([d, di, nm, cnt, n, ap, place, dept, hcol, typ, alt]) => {
    const r = s.row([++no, d, nm, cnt, null, place, dept, hcol]);
    if (d instanceof Date) ws.getCell(r, 2).numFmt = MD;
    e.add('活动台账', { 日期: di, 活动名称: nm, 活动类型: typ, 参与数量: n, 单位: '人次', 地点: place, 主办或协办单位: dept.trim(), 备注: note(hcol, ap ? approx('参与数量', ap) : null) }, r, SN);
    if (alt) e.guess('活动台账', r, '活动类型', typ, alt, 'a free clinic is volunteer service and care at once');
  });
  const _first = s.r + 1;
  put(A);
  let r = s.row(['小计（1—2月）', null, null, 173, null, null, null, null], { bold: true });
  ws.mergeCells(r, 1, r, 3);
  e.left(SN, A1(r, 1), '合计行', `A${r}:H${r}`, '小计');
  put(B);
  r = s.row(['小计（3月）', null, null, '2410余', null, null, null, null], { bold: true });
  ws.mergeCells(r, 1, r, 3);
  e.left(SN, A1(r, 1), '合计行', `A${r}:H${r}`, '小计');
  r = s.row(['合计', null, null, '2583余', null, null, null, null], { bold: true });
  ws.mergeCells(r, 1, r, 3);
  e.left(SN, A1(r, 1), '合计行', `A${r}:H${r}`);
  e.left(SN, A1(h, 5), '空列', `E${h}:E${r}`, 'column E: no header, no data');
  r = s.free('注：参与人次含医务人员及受益群众；Ｈ列为佐证材料。', 8);
  e.left(SN, A1(r, 1), '说明', `A${r}:H${r}`);
  r = s.row(['填表：院办　张**', null, null, '审核：', null, '2024年4月2日'], { border: false });
  e.left(SN, A1(r, 1), '签名行', `A${r}:H${r}`);

  e.o.notes = [
    'Title in merged A1:H1, header on row 2 (no spacer). Sheet name is the default Sheet1.',
    '日期: six real Excel dates formatted m"月"d"日" (they display 1月12日 but are dates) and one text 2024年3月20日.',
    '参与人次 → 参与数量 with 单位 人次 for every row. 2000余人次 / 60余 → number + 〔约数〕 tag in 备注; ２００ → 200.',
    '负责科室 → 主办或协办单位 (trailing space trimmed).',
    'Column E is completely empty (空列). Column H has no header but holds evidence notes (照片2张, 清运垃圾6车): kept in 备注, because dropping text is worse than keeping it (a header-less column whose content is dropped with a warning is the acceptable alternative).',
    '活动类型 inferred from names; 学雷锋义诊 is a guess (志愿服务 vs 关爱帮扶). Both 小计 rows and the 合计 row, the 注 line and the signature line are left out.',
    '报告期 第一季度 comes from the title.'
  ].join(' ');
  e.o.looseFields = ['活动台账.备注'];
  await wb.xlsx.writeFile(path.join(OUT, name + '.xlsx'));
  e.write(name + '.expected.json');
});

// =====================================================================
// 09  layout b (variant) — 乡镇: wide table per village with two group headers
//     (出动情况 / 清理情况), units in sub-headers, a vertical merged header,
//     one 80余, one full-width number. → 其他指标 totals (roll-up).
// =====================================================================
file('09-石桥镇-人居环境整治统计', async (name) => {
  const wb = newWb();
  const SN = '二季度';
  const ws = wb.addWorksheet(SN);
  const s = new SheetW(ws, 8);
  s.widths([6, 14, 12, 12, 11, 12, 14, 16]);
  const e = new Exp('b', { 单位名称: '石桥镇', 单位类型: '乡镇', 报告年度: 2024, 报告期: '第二季度' });
  s.title('石桥镇2024年第二季度人居环境整治暨创文工作统计表', 8);
  e.left(SN, 'A1', '标题', 'A1:H1');
  let r = s.free('统计时间：2024年4月1日—6月30日　　　　　　　　　填报单位：镇创文办', 8);
  e.left(SN, A1(r, 1), '说明', `A${r}:H${r}`);
  const h1 = s.row(['序号', '村（社区）', '出动情况', null, '清理情况', null, null, '签订门前三包责任书（份）'], { bold: true, center: true });
  const h2 = s.row([null, null, '人员（人次）', '车辆（台次）', '垃圾（吨）', '小广告（处）', '乱堆乱放（处）', null], { bold: true, center: true });
  ws.mergeCells(h1, 3, h1, 4); ws.mergeCells(h1, 5, h1, 7);
  for (const c of [1, 2, 8]) ws.mergeCells(h1, c, h2, c);
  e.left(SN, A1(h1, 1), '表头', `A${h1}:H${h2}`, 'two-row header; 出动情况 spans C:D, 清理情况 spans E:G');
  const V = [
    ['东岗村', 120, 8, 35, 210, 46, 38],
    ['西岗村', 95, 6, 28.5, 160, 30, 25],
    ['石桥社区', 260, 15, 60, 520, 85, 112],
    ['河湾村', '80余', 5, 22, 95, 18, 20],
    ['新庄村', 110, 7, 31, '１３０', 27, 34],
    ['集镇管理办', 150, 12, 48, 300, 64, 86],
  ];
  const rows = [];
  V.forEach((v, i) => { rows.push(s.row([i + 1, ...v])); });
  r = s.row(['合计', null, '815余', 53, 224.5, 1415, 270, 315], { bold: true });
  ws.mergeCells(r, 1, r, 2);
  e.left(SN, A1(r, 1), '合计行', `A${r}:H${r}`);
  r = s.free('注：垃圾清运量以镇环卫所过磅单为准。', 8);
  e.left(SN, A1(r, 1), '说明', `A${r}:H${r}`);
  const F = [
    ['环境整治', '出动人员', 815, '人次', '余', '含河湾村80余人次'],
    ['环境整治', '出动车辆', 53, '台次', '精确'],
    ['环境整治', '清运垃圾', 224.5, '吨', '精确'],
    ['环境整治', '清理小广告', 1415, '处', '精确'],
    ['环境整治', '清理乱堆乱放', 270, '处', '精确'],
    ['环境整治', '签订门前三包责任书', 315, '份', '精确'],
  ];
  F.forEach(([blk, nm, v, u, how, rem]) => e.add('其他指标', { 板块: blk, 指标名称: nm, 数值: v, 单位: u, 表述: how, 备注: rem }, rows, SN));
  e.guess('其他指标', rows, '板块', '环境整治', ['组织保障'], 'for 签订门前三包责任书 only: a responsibility contract could count as 组织保障');
  e.o.notes = [
    'Wide table: one row per village, one column per figure, two group headers with the units in the sub-headers. No ledger of the standard fits these figures, so they become 其他指标 rows, one per figure column, summed over the six villages (源行 = the six village rows); the sheet’s own 合计 row agrees and is left out.',
    '指标名称 is built from group + column (出动情况/人员 → 出动人员, 清理情况/垃圾 → 清运垃圾 …); 单位 from the sub-header parentheses. Wording of 指标名称 may vary: compare it loosely.',
    '河湾村 80余 makes the 出动人员 total approximate: 表述 余 (a total with any 余 part is 余). 表述 精确 is written explicitly for the others (blank = 精确 would also do). 新庄村 １３０ full-width → 130.',
    'Acceptable alternative: one 其他指标 row per village and figure (36 rows, 指标名称 like 东岗村出动人员). Cleared 小广告/乱堆乱放 could also be read as 问题整改 rows (发现 = 已整改); we keep them as figures because the sheet counts clean-up work, not problems found.',
    '报告期 第二季度 from the title; the 统计时间 line (4月1日—6月30日) agrees.'
  ].join(' ');
  e.o.looseFields = ['其他指标.指标名称', '其他指标.备注'];
  await wb.xlsx.writeFile(path.join(OUT, name + '.xlsx'));
  e.write(name + '.expected.json');
});


// =====================================================================
// 10  layout h — 社区: GBK-encoded CSV exported from a volunteer platform
//     (activity records). Not an .xlsx: expected.json uses the CSV line number
//     (header = line 1) as 源行 and "csv" as 源表. One cancelled and one future
//     activity, and an export footer line.
// =====================================================================
file('10-滨江社区-志愿服务平台活动导出', async (name) => {
  const e = new Exp('h', { 单位名称: '滨江社区', 单位类型: '社区', 报告年度: 2024, 报告期: '上半年' });
  e.guess('基本信息', null, '报告期', '上半年', ['专项'], 'the export has no period: all kept activities fall in 2024-01..06');
  const SRC = 'csv';
  const head = ['活动编号', '活动名称', '活动类型', '活动开始时间', '活动结束时间', '活动地点', '发布组织', '招募人数', '参与人数', '服务总时长(小时)', '活动状态'];
  const ORG = '滨江社区新时代文明实践站';
  // [编号, 名称, 平台类型, 开始, 结束, 地点, 组织, 招募, 参与, 时长, 状态, expected|null(leftOut reason), altType]
  const R = [
    ['HD20240113001', '寒冬送暖·为独居老人送棉被', '关爱老人', '2024-01-13 09:00', '2024-01-13 11:30', '滨江社区独居老人家中', ORG, 20, 18, 45, '已结项', { 日期: iso(2024, 1, 13), n: 18, h: 45 }, '关爱帮扶'],
    ['HD20240203002', '迎新春义写春联', '文化体育', '2024-02-03 14:00', '2024-02-03 17:00', '滨江社区广场', ORG, 15, 15, 45, '已结项', { 日期: iso(2024, 2, 3), n: 15, h: 45 }, '我们的节日'],
    ['HD20240305003', '学雷锋日“邻里帮帮团”便民服务', '社区服务', '2024/3/5 8:30', '2024/3/5 11:30', '滨江社区党群服务中心门前', `${ORG},滨江小学`, 40, 46, 138, '已结项', { 日期: iso(2024, 3, 5), n: 46, h: 138, org: `${ORG}、滨江小学` }, null],
    ['HD20240316004', '滨江步道白色垃圾清捡', '环境保护', '2024-03-16 08:00', '2024-03-16 10:00', '滨江步道（一号码头—三号码头）', ORG, 30, 27, 54, '已结项', { 日期: iso(2024, 3, 16), n: 27, h: 54 }, '环境整治'],
    ['HD20240330005', '垃圾分类桶边督导', '环境保护', '2024-03-30 18:00', '2024-03-30 20:00', '滨江花园小区', ORG, 10, 0, 0, '已取消', null, null],
    ['HD20240413006', '文明交通劝导', '文明宣传', '2024-04-13 07:30', '2024-04-13 09:00', '滨江路与解放路交叉口', ORG, 12, 12, 18, '已结项', { 日期: iso(2024, 4, 13), n: 12, h: 18 }, '宣传教育'],
    ['HD20240427007', '反诈宣传进小区', '文明宣传', '2024-04-27 09:00', '2024-04-27 11:00', '滨江花园小区', `${ORG},滨江派出所`, 20, 22, 44, '已结项', { 日期: iso(2024, 4, 27), n: 22, h: 44, org: `${ORG}、滨江派出所` }, '宣传教育'],
    ['HD20240518008', '“助残日”陪伴残疾人康复训练', '扶贫帮困', '2024-05-18 14:00', '2024-05-18 16:30', '社区康复站', ORG, 8, 8, 20, '已结项', { 日期: iso(2024, 5, 18), n: 8, h: 20 }, '关爱帮扶'],
    ['HD20240601009', '“六一”亲子环保手工课', '文化体育', '2024-06-01 09:30', '2024-06-01 11:30', '社区四点半课堂', ORG, 25, 31, 62, '已结项', { 日期: iso(2024, 6, 1), n: 31, h: 62 }, '文体活动'],
    ['HD20240608010', '端午节包粽子送孤寡老人', '关爱老人', '2024-06-08 09:00', '2024-06-08 11:00', '社区老年食堂', ORG, 20, 24, 48, '已结项 ', { 日期: iso(2024, 6, 8), n: 24, h: 48 }, '我们的节日'],
    ['HD20240622011', '防溺水安全巡河', '应急救援', '2024-06-22 15:00', '2024-06-22 18:00', '滨江岸线', ORG, 16, 16, 48, '已结项', { 日期: iso(2024, 6, 22), n: 16, h: 48 }, '其他'],
    ['HD20240706012', '暑期“小候鸟”托管志愿服务', '社区服务', '2024-07-06 08:30', '2024-07-06 11:30', '社区四点半课堂', ORG, 12, 0, 0, '招募中', null, null],
  ];
  const csvCell = (v) => { const t = String(v); return /[",\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t; };
  const lines = [head.join(',')];
  R.forEach((x) => {
    const [no, nm, typ, st, en, place, org, want, got, hrs, status, ex, alt] = x;
    lines.push([no, nm, typ, st, en, place, org, want, got, hrs, status].map(csvCell).join(','));
    const ln = lines.length; // 1-based line number
    if (!ex) {
      e.left(SRC, `A${ln}`, '说明', `A${ln}:K${ln}`, status === '已取消' ? '活动状态 已取消: the activity did not take place' : '活动状态 招募中 and dated after the period: not yet held');
      return;
    }
    e.add('活动台账', {
      日期: ex.日期, 活动名称: nm, 活动类型: '志愿服务', 参与数量: ex.n, 单位: '人', 地点: place,
      主办或协办单位: ex.org || org, 备注: `服务总时长${ex.h}小时`,
    }, ln, SRC);
    if (alt) e.guess('活动台账', ln, '活动类型', '志愿服务', [alt], `platform category ${typ}`);
  });
  lines.push('');
  lines.push('导出时间：2024-07-02 10:15:33,共12条记录');
  e.left(SRC, `A${lines.length}`, '说明', null, 'export footer');
  e.left(SRC, 'A1', '表头', 'A1:K1');
  const text = lines.join('\r\n') + '\r\n';
  const out = path.join(OUT, name + '.csv');
  if (!iconv) {
    console.warn('iconv-lite not found: GBK CSV skipped');
    return;
  }
  fs.writeFileSync(out, iconv.encode(text, 'gbk'));
  e.o.notes = [
    'GBK-encoded CSV (no BOM, CRLF) as exported by a volunteer platform; 源表 "csv", 源行 = line number in the file (header = line 1). The cell addresses in leftOut treat the CSV as a sheet.',
    'Each record with 活动状态 已结项 becomes one 活动台账 row: 日期 = date part of 活动开始时间 (two records use the 2024/3/5 8:30 style); 参与数量 = 参与人数 (not 招募人数), 单位 人; 地点 = 活动地点; 主办或协办单位 = 发布组织 (a comma-joined pair → joined with 、).',
    '活动类型 志愿服务 for every record: everything on the platform is volunteer service. Mapping the platform category instead (关爱老人/扶贫帮困 → 关爱帮扶, 环境保护 → 环境整治, 文明宣传 → 宣传教育, 文化体育 → 文体活动, 节日 → 我们的节日) is the listed alternative (guesses).',
    '服务总时长(小时) has no column in 活动台账: kept in 备注 as 服务总时长N小时 (free text). A roll-up into 其他指标 (志愿服务时长 = ' + e.o.sheets['活动台账'].reduce((a, x) => a + Number(x.备注.replace(/\D/g, '')), 0) + ' 小时) is not expected.',
    'Left out: the 已取消 record (line 6), the 招募中 record dated 2024-07-06 (line 13, after the period, not yet held), the blank line and the 导出时间 footer.',
    '报告期 上半年 is inferred from the dates (guess).'
  ].join(' ');
  e.o.looseFields = ['活动台账.备注'];
  e.o.encoding = 'GBK';
  e.write(name + '.expected.json');
});

// ---------------------------------------------------------------- main
(async () => {
  const only = process.argv.slice(2);
  for (const f of FILES) {
    if (only.length && !only.some(p => f.name.startsWith(p))) continue;
    await f.fn(f.name);
    console.log('wrote', f.name);
  }
  // index of everything present (regardless of which files were rebuilt now)
  const idx = fs.readdirSync(OUT).filter(n => n.endsWith('.expected.json')).sort().map(n => {
    const x = JSON.parse(fs.readFileSync(path.join(OUT, n), 'utf8'));
    const base = n.replace(/\.expected\.json$/, '');
    const src = fs.existsSync(path.join(OUT, base + '.xlsx')) ? base + '.xlsx' : base + '.csv';
    return { source: src, expected: n, layout: x.layout, 单位名称: x.profile.单位名称, 单位类型: x.profile.单位类型, 报告期: x.profile.报告期,
      sheets: Object.fromEntries(Object.entries(x.sheets).map(([k, v]) => [k, v.length])) };
  });
  fs.writeFileSync(path.join(OUT, 'index.json'), JSON.stringify(idx, null, 2) + '\n');
})().catch(err => { console.error(err); process.exit(1); });
