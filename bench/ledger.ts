/**
 * Generated workbooks for the benchmark: snapshots laid out as the standard template lays them
 * out (title in row 1, table header in row 2, data from row 3; 基本信息 as 项目 | 内容), with a
 * deterministic pseudo-random content, and optionally ~1 % bad cells of the kinds users make.
 * @module
 */
import { cellAddress, fieldsOf, ledgerById, standardV1, type CellValue, type FieldSpec, type LedgerSpec, type SheetGrid, type WorkbookSnapshot } from "../src/core";
import { rng } from "../scripts/rollup-units";

/** 2023-01-01 as an Excel serial; the profile's report period is 2023 上半年 (181 days). */
export const PERIOD_START = 44927;
const PERIOD_DAYS = 181;

export const PROFILE: Record<string, CellValue> = {
  单位名称: "幸福里社区居委会",
  单位类型: "社区",
  上级指导单位: "某某街道文明办",
  报告年度: 2023,
  报告期: "上半年",
  常住人口: 12500,
  户数: 4300,
};

const PLACES = ["幸福里社区广场", "社区党群服务中心", "新时代文明实践站", "幸福里小区3栋", "社区文化活动室", "滨河公园"];
const HOSTS = ["社区居委会", "社区党委", "辖区共建单位", "社区志愿服务队", "街道文明办"];
const WORDS = ["组织", "开展", "志愿者", "清理", "宣传", "文明", "居民", "环境", "整治", "活动", "服务", "关爱", "讲座", "学习"];

function phrase(rand: () => number, minChars: number, maxChars: number): string {
  const target = minChars + Math.floor(rand() * (maxChars - minChars + 1));
  let s = "";
  while (s.length < target) s += WORDS[Math.floor(rand() * WORDS.length)];
  return s.slice(0, target);
}

/** A valid value for a field, row `i`. */
function goodValue(field: FieldSpec, i: number, rand: () => number): CellValue {
  switch (field.type) {
    case "date":
      return PERIOD_START + (i % PERIOD_DAYS);
    case "enum": {
      const values = field.values ?? [];
      return values[(i + Math.floor(rand() * values.length)) % values.length];
    }
    case "int":
      return 5 + Math.floor(rand() * 200);
    case "num":
      return Math.round(rand() * 10000) / 100;
    case "formula":
      return null;
    default: {
      if (field.id === "remark") return rand() < 0.7 ? null : phrase(rand, 4, 20);
      if (field.id === "place") return PLACES[i % PLACES.length];
      if (field.id === "host") return HOSTS[i % HOSTS.length];
      if (field.id === "unit") return "人次";
      const max = Math.min(field.maxLength ?? 60, 80);
      return field.id === "name" ? `${phrase(rand, 6, Math.min(20, max))}第${i + 1}场` : phrase(rand, Math.min(10, max), Math.min(60, max));
    }
  }
}

/** A bad value for a field (one a user would type), with the rule our checks report for it. */
export function badValue(field: FieldSpec, rand: () => number): { value: CellValue; rule: string } {
  const pick = rand();
  switch (field.type) {
    case "date":
      return pick < 0.5 ? { value: 12000, rule: "value.date-range" } : { value: "下周三", rule: "value.not-date" };
    case "enum":
      if (field.required && pick < 0.3) return { value: null, rule: "value.required" };
      return { value: "其它活动", rule: "value.enum" };
    case "int":
    case "num":
      if (pick < 0.4) return { value: -3, rule: "value.out-of-range" };
      if (pick < 0.7 && field.type === "int") return { value: 2.5, rule: "value.not-integer" };
      return { value: "若干", rule: "value.not-number" };
    default:
      if (field.required && pick < 0.4) return { value: null, rule: "value.required" };
      return { value: "超".repeat((field.maxLength ?? 60) + 1), rule: "value.too-long" };
  }
}

/** Rows of a ledger: `rows` data rows, each cell bad with probability `badRate`. */
export function ledgerRows(spec: LedgerSpec, rows: number, badRate: number, seed = 1): { values: CellValue[][]; bad: number } {
  const rand = rng(seed); // deterministic: every run generates the same workbook
  const fields = fieldsOf(spec);
  const values: CellValue[][] = [];
  let bad = 0;
  for (let i = 0; i < rows; i++) {
    const row: CellValue[] = [];
    for (const field of fields) {
      if (field.type !== "formula" && badRate > 0 && rand() < badRate) {
        row.push(badValue(field, rand).value);
        bad++;
      } else row.push(goodValue(field, i, rand));
    }
    if (spec.id === "rectification") {
      const found = fields.findIndex((f) => f.id === "found");
      const fixed = fields.findIndex((f) => f.id === "rectified");
      if (typeof row[found] === "number" && typeof row[fixed] === "number") row[fixed] = Math.min(row[fixed] as number, row[found] as number);
    }
    // A row left all blank is not a data row: keep the first column filled.
    if (!row.some((v) => v !== null)) row[0] = goodValue(fields[0], i, rand);
    values.push(row);
  }
  return { values, bad };
}

function ledgerGrid(spec: LedgerSpec, data: CellValue[][]): SheetGrid {
  const headers = fieldsOf(spec).map((f) => f.header);
  const values: CellValue[][] = [[spec.title], headers, ...data];
  return { name: spec.sheet, originRow: 1, originCol: 1, values, formulas: {}, tables: [{ name: spec.table, ref: `A2:${cellAddress(Math.max(3, values.length), headers.length)}` }] };
}

/**
 * A standard workbook snapshot whose ledgers hold the given numbers of rows (ledger id → rows),
 * every cell bad with probability `badRate`. Ledgers not named are empty.
 */
export function makeWorkbook(rowsByLedger: Readonly<Record<string, number>>, badRate = 0, seed = 7): { snapshot: WorkbookSnapshot; bad: number } {
  const sheets: SheetGrid[] = [];
  let bad = 0;
  let n = 0;
  for (const sheet of standardV1.sheets) {
    if (sheet.kind === "generated") {
      sheets.push({ name: sheet.sheet, originRow: 1, originCol: 1, values: [[sheet.sheet]], tables: [] });
    } else if (sheet.kind === "form") {
      const rows: CellValue[][] = sheet.items.map((i) => [i.header, PROFILE[i.header] ?? null]);
      sheets.push({ name: sheet.sheet, originRow: 1, originCol: 1, values: [[sheet.title], [sheet.keyHeader, sheet.valueHeader], ...rows], formulas: {}, tables: [{ name: sheet.table, ref: `A2:B${rows.length + 2}` }] });
    } else {
      const g = ledgerRows(sheet, rowsByLedger[sheet.id] ?? 0, badRate, seed + 31 * n++);
      bad += g.bad;
      sheets.push(ledgerGrid(sheet, g.values));
    }
  }
  return { snapshot: { sheets }, bad };
}

/** 活动台账 alone with `rows` rows (the other ledgers empty): the validation benchmark's ledger. */
export function activityWorkbook(rows: number, badRate: number): { snapshot: WorkbookSnapshot; bad: number } {
  return makeWorkbook({ activities: rows }, badRate);
}

/**
 * A unit's ledger of about `rows` rows spread over the ledgers as a community's ledgers are
 * (activities most, then publicity, volunteering, rectification, organisation, honours,
 * other figures), for facts, narrative and .docx.
 */
export function mixedWorkbook(rows: number, seed = 7): WorkbookSnapshot {
  const share: Record<string, number> = { activities: 0.4, publicity: 0.15, volunteers: 0.12, rectification: 0.15, organization: 0.08, honors: 0.05, figures: 0.04, texts: 0.01 };
  const counts: Record<string, number> = {};
  for (const [id, s] of Object.entries(share)) counts[id] = Math.max(1, Math.round(rows * s));
  return makeWorkbook(counts, 0, seed).snapshot;
}

export { ledgerById };
