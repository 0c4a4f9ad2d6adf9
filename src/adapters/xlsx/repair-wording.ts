/**
 * Chinese lines of the repair report (`upgrade`, and the validations restored by `fix`).
 * @module
 */
import { versionTextOf, type FieldAddition } from "../../core/catalog";

const q = (s: string): string => `“${s}”`;
/** `“频次”（组织保障、其他指标）` for the additions of a version, grouped by header. */
function additionList(additions: readonly FieldAddition[]): string {
  const sheets = new Map<string, string[]>();
  for (const a of additions) sheets.set(a.field.header, [...(sheets.get(a.field.header) ?? []), a.sheet]);
  return [...sheets].map(([header, where]) => `${q(header)}（${where.join("、")}）`).join("、");
}

export const RepairNote = {
  renamed: (from: string, to: string): string => `工作表${q(from)}改回标准名称${q(to)}（其表头与${q(to)}相符）`,
  /** A sheet of a workbook that is no standard ledger, whose headers are the standard ones: it never had the name (new-user test 34, D22). */
  renamedByHeaders: (from: string, to: string): string => `工作表${q(from)}的表头与标准表${q(to)}一致，已改名为${q(to)}`,
  sheetAdded: (sheet: string): string => `补建缺少的工作表${q(sheet)}（放在最后）`,
  generated: (sheet: string): string => `重新生成工作表${q(sheet)}`,
  versionName: (name: string, sheet: string): string => `恢复版本标记 ${name}（${sheet}!B2）`,
  versionStep: (from: string, to: string, additions: readonly FieldAddition[]): string =>
    `从${from} 升级到${to}${additions.length ? `（新增可选项 ${additionList(additions)}；原有内容一概不动）` : ""}`,
  instructionsUpdated: (sheet: string, version: string): string => `按${version} 重写工作表${q(sheet)}（填法说明和版本标记）`,
  indicatorsUpdated: (sheet: string, version: string): string => `按${version} 重写工作表${q(sheet)}的公式（上期遗留问题单独统计）`,
  indicatorsRefreshed: (sheet: string): string => `更新工作表${q(sheet)}的公式，与总结的统计口径一致（活动场次只统计报告期内的活动；美丽庭院按户、文明村镇等按个计，不计入先进典型人数）`,
  column: (sheet: string, header: string, letter: string, since?: number): string =>
    `${q(sheet)}补上${since === undefined ? "缺少的" : `${versionTextOf(since)} 新增的`}列${q(header)}（${letter}列，表格最右侧）`,
  indicatorsLacking: (sheet: string, labels: readonly string[]): string =>
    `${q(sheet)}：${labels.map(q).join("、")}缺少所需的列，暂以说明文字代替公式；补上这些列后再运行一次即可`,
  maybeRenamed: (sheet: string, unknown: readonly string[], added: readonly string[]): string =>
    `${q(sheet)}的表头${unknown.map((u) => `“${u.replace(/（/u, "”（")}`).join("、")}不是标准列，其中的数字不会写入总结；如果其中之一就是新补上的${added.map(q).join("、")}，请把那一列的数据移到新列（或删去新列，把原表头改为标准表头）`,
  columnsBlocked: (sheet: string, headers: readonly string[]): string =>
    `${q(sheet)}缺少${headers.map(q).join("、")}，但表格右侧有其他内容，未能自动补上，请手工添加`,
  header: (sheet: string, typed: string, header: string): string => `${q(sheet)}把表头${q(typed)}改回标准表头${q(header)}（该列数据不动）`,
  itemName: (sheet: string, typed: string, header: string): string => `${q(sheet)}把项目${q(typed)}改回${q(header)}（内容不动）`,
  item: (sheet: string, header: string, row: number, since?: number): string =>
    `${q(sheet)}补上${since === undefined ? "缺少的" : `${versionTextOf(since)} 新增的`}项目${q(header)}（第${row}行）`,
  unmerged: (sheet: string, range: string): string => `${q(sheet)}取消表格内的合并单元格 ${range}（内容保留在左上角一格）`,
  formulas: (sheet: string, n: number): string => `${q(sheet)}为 ${n} 个空白的公式单元格恢复公式`,
  table: (sheet: string, name: string, ref: string): string => `${q(sheet)}重建表格 ${name}（${ref}）`,
  validations: (n: number): string => `恢复 ${n} 个工作表上标准列的下拉列表和输入限制`,
  formHeaderAdded: (sheet: string, row: number): string => `${q(sheet)}第${row}行补上表头“项目 | 内容”`,
  formHeaderBlocked: (sheet: string): string => `${q(sheet)}的项目上方没有空行可写表头“项目 | 内容”，未建立表格；各项目照常按名称读取（如需表格，请在项目上方插入一个空行后再运行）`,
  noHeaders: (sheet: string): string => `${q(sheet)}中找不到标准表头，未修复该表：请恢复表头行后再运行`,
  duplicateHeader: (sheet: string, header: string): string => `${q(sheet)}的表头${q(header)}出现多次，未重建表格：请把重复的列改名后再运行`,
  nothing: "工作簿已符合标准，无需修复",
} as const;
