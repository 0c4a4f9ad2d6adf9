/**
 * 6. 导入已有台账 (issue #16): the whole `campaign-ledger import` process on a generated ad-hoc
 * activity sheet of 10k rows (merged title, spacer, own header words, dates typed as `2023.3.5` /
 * `3月12日` / real dates, counts as `80人` / `约50` / full-width, a 小计 row every 500 rows, a 合计 row,
 * a 填表人 line) against the whole `campaign-ledger check` process on the standard 10k-row workbook.
 * Target: import ≤ 2 × check. The sheet is generated into the temp folder, never committed.
 * @module
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { median, round, type BenchRow } from "./stats";
import { runCli, writeGenerated } from "./cli";

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ["文明交通劝导", "背街小巷环境卫生大清扫", "垃圾分类知识宣传进小区", "端午节包粽子送空巢老人", "道德讲堂：身边好人讲故事", "学雷锋志愿服务", "重阳节敬老文艺演出", "创文工作推进会", "关爱留守儿童走访", "邻里节趣味运动会"];
const PLACES = ["社区党群服务中心", "社区文化广场", "幸福里小区", "阳光花园小区", "社区会议室", "滨河公园"];
const FULL = "０１２３４５６７８９";

/** Writes an ad-hoc activity list of `rows` data rows (plus 小计 rows every 500, a 合计 and a signature line) to `file`. */
export async function writeAdHocSheet(file: string, rows: number, seed = 16): Promise<void> {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("活动开展");
  ws.addRow(["幸福里社区2023年创文活动台账"]);
  ws.mergeCells("A1:F1");
  ws.addRow([]);
  ws.addRow(["序号", "活动时间", "活动名称", "参加人数", "活动地点", "备注"]);
  let sum = 0;
  let part = 0;
  for (let i = 1; i <= rows; i++) {
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const style = i % 4;
    const date: ExcelJS.CellValue = style === 0 ? `2023.${month}.${day}` : style === 1 ? `${month}月${day}日` : style === 2 ? new Date(Date.UTC(2023, month - 1, day)) : `2023/${month}/${day}`;
    const n = 10 + Math.floor(rand() * 190);
    const count = i % 5 === 0 ? `约${n}` : i % 5 === 1 ? `${n}人` : i % 5 === 2 ? [...String(n)].map((d) => FULL[Number(d)]).join("") : n;
    ws.addRow([i, date, pick(NAMES), count, pick(PLACES), i % 3 === 0 ? "照片3张" : null]);
    sum += n;
    part += n;
    if (i % 500 === 0) {
      ws.addRow(["小计", null, null, part, null, null]);
      part = 0;
    }
  }
  ws.addRow(["合计", null, null, sum, null, null]);
  ws.addRow([]);
  ws.addRow(["填表人：周晓梅", null, null, "审核人：陈建国", null, "填表日期：2024年1月5日"]);
  await wb.xlsx.writeFile(file);
}

/** Median process wall time of `runs` runs after one warm-up. */
function measure(args: readonly string[], runs = 5): { ms: number; peakMb: number; code: number; stderr: string } {
  runCli(args);
  const rs = Array.from({ length: runs }, () => runCli(args));
  return { ms: median(rs.map((r) => r.ms)), peakMb: median(rs.map((r) => r.peakMb)), code: rs[0].code, stderr: rs[0].stderr };
}

/** The import figure: whole `import` on the 10k ad-hoc sheet, whole `check` on the standard 10k workbook, and their ratio (target ≤ 2). */
export async function benchImport(tmp: string): Promise<BenchRow[]> {
  const adHoc = join(tmp, "adhoc-10k.xlsx");
  const standard = join(tmp, "ledger-10k-check.xlsx");
  await writeAdHocSheet(adHoc, 10_000);
  await writeGenerated(standard, 10_000);
  const out = join(tmp, "imported-10k.xlsx");
  const imp = measure(["import", adHoc, "-o", out, "--unit", "幸福里社区居委会", "--type", "社区", "--year", "2023", "--period", "全年"]);
  const chk = measure(["check", standard]);
  const importOk = (imp.code === 0 || imp.code === 1) && existsSync(out);
  const checkOk = chk.code === 0 || chk.code === 1;
  const ratio = imp.ms / chk.ms;
  return [
    { name: "import: whole CLI on a 10k-row ad-hoc sheet (process wall time)", value: round(imp.ms), unit: "ms", target: "report", pass: importOk, note: importOk ? `exit ${imp.code}; peak RSS ${round(imp.peakMb)} MB` : `failed (exit ${imp.code}): ${imp.stderr.split("\n")[0]}` },
    { name: "check: whole CLI on the standard 10k workbook (process wall time)", value: round(chk.ms), unit: "ms", target: "report", pass: checkOk, note: checkOk ? `exit ${chk.code}; peak RSS ${round(chk.peakMb)} MB` : `failed (exit ${chk.code}): ${chk.stderr.split("\n")[0]}` },
    { name: "import ÷ check (10k rows, whole processes)", value: Math.round(ratio * 100) / 100, unit: "×", target: "≤ 2", pass: importOk && checkOk && ratio <= 2 },
  ];
}
