// Generates the messy test workbooks for new-user-test-pane-2.md
const E = require('../../node_modules/exceljs');
const fs = require('fs');
(async () => {
  // 1. messy copy of the sample
  const wb = new E.Workbook();
  await wb.xlsx.readFile('../../samples/community-2023-h1.xlsx');
  const p = wb.getWorksheet('基本信息');
  p.getCell('C12').value = '8600人';
  p.getCell('C13').value = '约3120户';
  const act = wb.getWorksheet('活动台账');   // A 日期 B 活动名称 C 活动类型 D 参与数量 E 单位 F 地点 G 主办
  act.getCell('A5').value = '2023.2.3';           // text date
  act.getCell('A6').value = '2023/2/17';
  act.getCell('D6').value = '约50人';               // approx count with unit
  act.getCell('D7').value = { formula: '30+28' };    // formula, no cached result
  act.getCell('D8').value = '４０';                  // full-width
  act.getCell('D9').value = '50多人次';
  // duplicated row: row 14 = row 13
  act.getRow(14).values = act.getRow(13).values.slice();
  // merged 地点 over rows 3..12
  act.mergeCells('F3:F12');
  // renamed header
  act.getCell('D2').value = '参与人数';
  // 合计 row after last row
  act.getCell('B26').value = '合计';
  act.getCell('D26').value = { formula: 'SUM(D3:D25)', result: 1500 };
  const rec = wb.getWorksheet('问题整改');        // A 类别 B 发现数 C 已整改 D 单位
  rec.getCell('B4').value = { formula: '30+28', result: 58 };
  rec.getCell('A6').value = '合计';
  rec.getCell('B6').value = { formula: 'SUM(B3:B5)', result: 118 };
  rec.getCell('C6').value = { formula: 'SUM(C3:C5)', result: 115 };
  rec.getCell('D6').value = '处';
  const pub = wb.getWorksheet('宣传投放');        // F 金额 G 日期
  pub.getCell('F4').value = '4千元';
  pub.getCell('G4').value = '2023年4月20日';
  wb.getWorksheet('志愿服务').name = '志愿服务队';
  await wb.xlsx.writeFile('messy-sample-copy.xlsx');

  // 2. hand-made workbook, no tables, 2024 上半年
  const h = new E.Workbook();
  const s = h.addWorksheet('基本信息');
  s.addRows([['项目', '内容'], ['单位名称', '东风路社区居民委员会'], ['单位类型', '社区'], ['上级指导单位', '城关街道'],
    ['报告年度', '2024年'], ['报告期', '上半年'], ['常住人口', '约5200人'], ['户数', 1800], ['填报人', '王小明'], ['联系电话', '13912345678']]);
  const o = h.addWorksheet('组织保障');
  o.addRows([['事项类型', '名称或内容', '数量', '单位', '日期', '备注'],
    ['领导小组', '成立创建工作领导小组', 1, '个', '2024.1.8'], ['工作会议', '创文推进会', '6次', '次', ''], ['共建单位', '与辖区单位签订共建协议', '12家', '家', '2024/3/1']]);
  const pb = h.addWorksheet('宣传投放');
  pb.addRows([['类型', '位置或内容', '数量', '单位', '方式', '投入金额（元）', '日期', '备注'],
    ['公益广告', '小区出入口', 30, '块', '新设', '1.2万', '2024.3.5'],
    ['', '主干道沿线', 20, '块', '新设', 8000, '2024.3.6'],
    ['横幅', '各小区', '约40', '条', '新设', '', '3月12日'],
    ['合计', '', 90, '', '', 20000, '']]);
  pb.mergeCells('A2:A3');
  const v = h.addWorksheet('志愿服务');
  v.addRows([['队伍名称', '队伍类型', '注册人数', '服务次数', '服务时长（小时）', '主要服务内容', '备注'],
    ['东风路党员先锋队', '党员志愿者', '86人', 24, '约300', '文明劝导'], ['东风路巾帼志愿队', '巾帼', 45, 12, 150, '关爱老人'],
    ['东风路党员先锋队', '党员志愿者', '86人', 24, '约300', '文明劝导']]);
  const hn = h.addWorksheet('先进典型');
  hn.addRows([['荣誉名称', '级别', '类别', '人数', '姓名', '日期', '备注'], ['最美家庭', '社区', '孝老爱亲', 3, '张三、李四、王五', '2024.5.1']]);
  const r = h.addWorksheet('问题整改');
  r.addRows([['问题类别', '发现数', '已整改数', '单位', '整改率', '责任单位', '整改时限', '备注'],
    ['乱张贴', { formula: '30+28', result: 58 }, 50, '处', '', '物业'], ['占道经营', 20, 25, '处', '', '城管'], ['卫生死角', '十二', '12', '处'],
    ['合计', 90, 87, '处']]);
  const a = h.addWorksheet('活动记录');   // renamed sheet
  a.addRows([['日期', '活动名称', '活动类型', '参与人数', '单位', '地点', '主办或协办单位', '简要内容', '备注'],
    ['2024.3.5', '学雷锋志愿服务', '志愿服务', '约50人', '人', '社区广场'], ['2024.4.4', '清明祭英烈', '我们的节日', '30余人', '人', '烈士陵园'],
    [new Date(Date.UTC(2024, 5, 10)), '端午包粽子', '我们的节日', 60, '人次', '社区食堂'], ['2024-07-15', '暑期托管', '关爱帮扶', 20, '人', '社区']]);
  const t = h.addWorksheet('文字材料');
  t.addRows([['类型', '内容'], ['存在不足', '居民参与度不高'], ['下一步打算', '加强宣传']]);
  await h.xlsx.writeFile('handmade-no-tables-2024h1.xlsx');

  // 3. not xlsx
  fs.writeFileSync('csv-renamed.xlsx', '单位名称,报告年度\n东风路社区,2024\n');
  fs.writeFileSync('empty.xlsx', '');
  fs.writeFileSync('notes.txt', '台账');
  fs.copyFileSync('../../README.md', 'readme-as.xls');
})();
// 4. blank template filled with odd values (run after: campaign-ledger template -o blank.xlsx)
(async () => {
  if (!fs.existsSync('blank.xlsx')) return;
  const wb = new E.Workbook(); await wb.xlsx.readFile('blank.xlsx');
  const p = wb.getWorksheet('基本信息');
  for (let r = 1; r <= p.rowCount; r++) {
    const k = p.getCell('A' + r).value;
    const set = { 单位名称: '  城北社区居委会 ', 单位类型: '社区居委会', 报告年度: 2024, 报告期: '上半年度', 常住人口: '1.2万', 填报人: '李四', 联系电话: '0551-1234567 转 8' }[k];
    if (set !== undefined) p.getCell('B' + r).value = set;
  }
  const a = wb.getWorksheet('活动台账');
  a.getCell('A3').value = 45356; a.getCell('B3').value = '文明劝导'; a.getCell('C3').value = '志愿服务'; a.getCell('D3').value = 30; a.getCell('E3').value = '人';
  a.getCell('A4').value = '2024.13.5'; a.getCell('B4').value = '端午诗会'; a.getCell('C4').value = '我们的节日'; a.getCell('D4').value = -5; a.getCell('E4').value = '人';
  a.getCell('A5').value = '2024年5月'; a.getCell('B5').value = '<img src=x onerror=alert(1)>'; a.getCell('C5').value = '文体活动'; a.getCell('D5').value = '二百'; a.getCell('E5').value = '人次';
  await wb.xlsx.writeFile('odd-values-from-template.xlsx');
})();
