#!/usr/bin/env node
// Sanity check of the generated test data (not of any importer):
//  - every expected.json uses only standard sheet names / headers of 标准台账 v1,
//    enumeration values from the spec, numbers as numbers, dates as YYYY-MM-DD;
//  - required columns are present in every row; 已整改数 <= 发现数;
//  - every 源行 points at a source row that exists and is not blank, and the row's
//    name-like value (活动名称 / 荣誉名称 / 队伍名称 / 名称或内容) occurs in that row.
// Enumerations are copied from the shared spec standard-sheets.md (docs/standard-sheets.md here).
'use strict';
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
let iconv = null; try { iconv = require('iconv-lite'); } catch { /* none */ }
const DIR = __dirname;

const E = (s) => s.split(/,\s*/);
const SPEC = {
  组织保障: { 事项类型: ['enum*', E('领导小组, 工作机制, 共建单位, 工作会议, 督查检查, 任务分解, 其他')], 名称或内容: ['text*', 200], 数量: ['int'], 单位: ['enum', E('个, 家, 次, 项, 人, 份')], 日期: ['date'], 备注: ['text', 200] },
  宣传投放: { 类型: ['enum*', E('公益广告, 宣传栏, 道旗, 横幅, 电子屏, 墙绘, 展板, 宣传单, 倡议书, 宣传资料, 其他')], 位置或内容: ['text', 200], 数量: ['int*'], 单位: ['enum*', E('块, 面, 幅, 条, 处, 个, 份, 张, 平方米')], 方式: ['enum', E('新设, 更换, 发放, 维护')], '投入金额（元）': ['num'], 日期: ['date'], 备注: ['text', 200] },
  志愿服务: { 队伍名称: ['text*', 60], 队伍类型: ['enum*', E('党员志愿者, 青年志愿者, 巾帼志愿者, 少年志愿者, 老年志愿者, 专业志愿者, 综合志愿者, 其他')], 注册人数: ['int*'], 服务次数: ['int'], '服务时长（小时）': ['num'], 主要服务内容: ['text', 200], 备注: ['text', 200] },
  先进典型: { 荣誉名称: ['text*', 60], 级别: ['enum*', E('楼栋/小区, 社区/村, 街道/乡镇, 县/区, 市, 省, 全国')], 类别: ['enum', E('助人为乐, 见义勇为, 诚实守信, 敬业奉献, 孝老爱亲, 其他')], 人数: ['int1*'], 姓名: ['text', 200], 日期: ['date'], 备注: ['text', 200] },
  问题整改: { 问题类别: ['enum*', E('占道经营, 流动摊点, 乱摆卖, 乱张贴, 移动广告牌, 占道堆放, 违章搭建, 卫生死角, 渣土偷倒, 噪音扰民, 其他')], 发现数: ['int*'], 已整改数: ['int*'], 单位: ['enum*', E('宗, 处, 起, 块, 个, 件, 户, 家')], 责任单位: ['text', 60], 整改时限: ['date'], 备注: ['text', 200] },
  活动台账: { 日期: ['date*'], 活动名称: ['text*', 60], 活动类型: ['enum*', E('道德讲堂, 我们的节日, 志愿服务, 环境整治, 宣传教育, 文体活动, 关爱帮扶, 理论学习, 会议培训, 其他')], 参与数量: ['int'], 单位: ['enum', E('人, 人次, 户, 家')], 地点: ['text', 60], 主办或协办单位: ['text', 60], 简要内容: ['text', 200], 备注: ['text', 200] },
  其他指标: { 板块: ['enum*', E('组织保障, 环境整治, 宣传教育, 道德建设, 志愿服务, 文体活动, 关爱帮扶, 设施建设, 其他')], 指标名称: ['text*', 60], 数值: ['num*'], 单位: ['text*', 4], 表述: ['enum', E('精确, 约, 余, 近')], 备注: ['text', 200] },
  文字材料: { 类型: ['enum*', E('导语, 工作亮点, 存在不足, 下一步打算')], 内容: ['text*', 1000] },
};
const PROFILE = { 单位类型: E('社区, 村, 街道, 乡镇, 机关部门, 群团组织, 学校, 企事业单位, 其他'), 报告期: E('全年, 上半年, 下半年, 第一季度, 第二季度, 第三季度, 第四季度, 专项') };
const REASONS = ['标题', '表头', '合计行', '签名行', '说明', '个人信息', '空列', '计算列'];
const NAMEKEY = { 活动台账: '活动名称', 先进典型: '荣誉名称', 组织保障: '名称或内容', 宣传投放: null, 问题整改: null, 志愿服务: '队伍名称', 其他指标: null };

let problems = 0;
const bad = (f, msg) => { problems++; console.log(`  ✗ ${f}: ${msg}`); };

function checkValue(f, sheet, src, h, spec, v) {
  const [kind, arg] = spec;
  const k = kind.replace('*', '');
  if (k === 'enum' && !arg.includes(v)) bad(f, `${sheet} 源行${src} ${h}=${v} not in enum`);
  if (k === 'text' && (typeof v !== 'string' || v.length > arg)) bad(f, `${sheet} 源行${src} ${h} not text(${arg})`);
  if (k === 'int' && !(Number.isInteger(v) && v >= 0)) bad(f, `${sheet} 源行${src} ${h}=${v} not int`);
  if (k === 'int1' && !(Number.isInteger(v) && v >= 1)) bad(f, `${sheet} 源行${src} ${h}=${v} not int>=1`);
  if (k === 'num' && !(typeof v === 'number' && v >= 0)) bad(f, `${sheet} 源行${src} ${h}=${v} not num`);
  if (k === 'date' && !(/^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(v)))) bad(f, `${sheet} 源行${src} ${h}=${v} not date`);
}

function cellText(c) {
  const v = c.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && v.richText) return v.richText.map(t => t.text).join('');
  return String(v);
}

async function rowsOf(base) {
  // returns {sheetName: {rowNo: text}}
  const out = {};
  if (fs.existsSync(path.join(DIR, base + '.xlsx'))) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(DIR, base + '.xlsx'));
    wb.eachSheet(ws => {
      const m = {};
      ws.eachRow({ includeEmpty: false }, (row, n) => { const t = []; row.eachCell({ includeEmpty: false }, c => t.push(cellText(c))); m[n] = t.join('|'); });
      out[ws.name] = m;
    });
  } else {
    const buf = fs.readFileSync(path.join(DIR, base + '.csv'));
    const text = iconv.decode(buf, 'gbk');
    const m = {};
    text.split(/\r\n/).forEach((l, i) => { if (l.trim()) m[i + 1] = l; });
    out.csv = m;
  }
  return out;
}

(async () => {
  const files = fs.readdirSync(DIR).filter(f => f.endsWith('.expected.json')).sort();
  for (const f of files) {
    const base = f.replace(/\.expected\.json$/, '');
    const x = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8'));
    const src = await rowsOf(base);
    let nrows = 0;
    if (!/^[a-h]$/.test(x.layout)) bad(f, 'layout');
    if (!x.profile.单位名称 || !PROFILE.单位类型.includes(x.profile.单位类型) || !PROFILE.报告期.includes(x.profile.报告期) || !Number.isInteger(x.profile.报告年度)) bad(f, 'profile');
    for (const [sheet, rows] of Object.entries(x.sheets)) {
      const spec = SPEC[sheet];
      if (!spec) { bad(f, `unknown standard sheet ${sheet}`); continue; }
      for (const r of rows) {
        nrows++;
        for (const [h, v] of Object.entries(r)) {
          if (h === '源表' || h === '源行') continue;
          if (!spec[h]) { bad(f, `${sheet}: unknown header ${h}`); continue; }
          checkValue(f, sheet, r.源行, h, spec[h], v);
        }
        for (const [h, s] of Object.entries(spec)) if (s[0].endsWith('*') && (r[h] === undefined || r[h] === '')) bad(f, `${sheet} 源行${r.源行}: required ${h} missing`);
        if (sheet === '问题整改' && r.已整改数 > r.发现数) bad(f, `${sheet} 源行${r.源行}: 已整改数 > 发现数`);
        const sm = src[r.源表];
        if (!sm) { bad(f, `源表 ${r.源表} not found`); continue; }
        for (const n of [].concat(r.源行)) if (!sm[n]) bad(f, `${sheet}: 源行 ${n} blank/missing in ${r.源表}`);
        const nk = NAMEKEY[sheet];
        if (nk && !Array.isArray(r.源行) && !sm[r.源行].includes(r[nk])) bad(f, `${sheet} 源行${r.源行}: ${nk} "${r[nk]}" not found in source row`);
        if (nk && Array.isArray(r.源行) && !r.源行.some(n => (sm[n] || '').includes(r[nk]))) bad(f, `${sheet}: ${nk} "${r[nk]}" not in its source rows`);
      }
    }
    for (const l of x.leftOut) if (!REASONS.includes(l.reason)) bad(f, `leftOut reason ${l.reason}`);
    // every non-blank source row is either a 源行 or inside a leftOut range/cell row
    const used = new Set();
    for (const rows of Object.values(x.sheets)) for (const r of rows) for (const n of [].concat(r.源行)) used.add(r.源表 + '#' + n);
    for (const l of x.leftOut) {
      const m = (l.range || l.cell).match(/^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/);
      const a = +m[1], b = +(m[2] || m[1]);
      const colOnly = ['个人信息', '空列', '计算列'].includes(l.reason);
      if (!colOnly) for (let n = a; n <= b; n++) used.add(l.sheet + '#' + n);
    }
    for (const [sn, m] of Object.entries(src)) for (const n of Object.keys(m)) if (!used.has(sn + '#' + n)) bad(f, `source ${sn} row ${n} neither imported nor left out: ${m[n].slice(0, 60)}`);
    console.log(`${problems ? '…' : '✓'} ${base}: ${nrows} expected rows, ${x.leftOut.length} leftOut, ${x.guesses.length} guesses`);
  }
  console.log(problems ? `${problems} problem(s)` : 'all good');
  process.exit(problems ? 1 : 0);
})();
