// Inputs for new-user test 14. Run: node docs/new-user-test-14-files/make.js
// Starts from the project's own blank template (CLI `template`), fills the tables the way staff do
// (typing into the grid, pasting text values), and writes the .xlsx files next to this script.
const path = require('path');
const { execFileSync } = require('child_process');
const ExcelJS = require(path.join(__dirname, '../../node_modules/exceljs'));
const ROOT = path.join(__dirname, '../..');
const OUT = __dirname;
const BLANK = path.join(OUT, '_blank.xlsx');
execFileSync('node', [path.join(ROOT, 'bin/campaign-ledger.js'), 'template', '-o', BLANK, '--force'], { stdio: 'ignore' });

const D = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const TABLES = {
  组织保障: 'tbl_Organization', 宣传投放: 'tbl_Publicity', 志愿服务: 'tbl_Volunteers', 先进典型: 'tbl_Honors',
  问题整改: 'tbl_Rectification', 活动台账: 'tbl_Activities', 其他指标: 'tbl_Figures', 文字材料: 'tbl_Texts',
};

async function make(file, u) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(BLANK);
  const prof = wb.getWorksheet('基本信息');
  for (let r = 3; r <= prof.rowCount; r++) {
    const k = prof.getCell(r, 1).value;
    if (k in u.profile) prof.getCell(r, 2).value = u.profile[k];
  }
  for (const [sheet, rows] of Object.entries(u.sheets)) {
    const ws = wb.getWorksheet(sheet);
    const t = ws.getTable(TABLES[sheet]);
    const headers = t.table.columns.map((c) => c.name);
    const fcol = headers.indexOf('整改率');
    const formula = fcol >= 0 ? ws.getCell(3, fcol + 1).value : null;
    rows.forEach((row, i) => {
      const r = 3 + i;
      headers.forEach((h, c) => {
        if (h === '整改率') { ws.getCell(r, c + 1).value = formula; ws.getCell(r, c + 1).numFmt = '0.0%'; return; }
        if (row[h] !== undefined) ws.getCell(r, c + 1).value = row[h];
      });
    });
    const last = 2 + Math.max(1, rows.length);
    const lastCol = String.fromCharCode(64 + headers.length);
    t.table.tableRef = `A2:${lastCol}${last}`;
    t.table.autoFilterRef = `A2:${lastCol}${last}`;
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
  console.log('wrote', file);
}

const units = require('./units.js');
(async () => {
  for (const [file, u] of Object.entries(units)) await make(file, u);
  require('fs').unlinkSync(BLANK);
})();
