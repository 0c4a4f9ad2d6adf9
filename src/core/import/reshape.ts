/**
 * Rows of one source table turned into rows of its standard ledger (issue #16 item 3): a ledger's
 * own table row for row; a 问题清单 a 问题整改 row per problem (发现数 1, 已整改数 from the status
 * words, place and description in 备注); a 志愿者花名册 counted per team into 志愿服务 (names,
 * phones and ID numbers never copied). Required enumerations missing are filled by the catalog's
 * classifier and each guess is listed; 合计 rows are checked against the rows above. Pure.
 * @module
 */
import { HEADCOUNT_WORDS, honourMeasure, ledgersOf, placementByWords, type Catalog, type FieldSpec, type LedgerSpec } from "../catalog";
import { SYSTEM_HONOUR } from "../catalog/domain";
// The classifier by its own path (not the barrel): it loads with the import screen only (webpack.config.js).
import { activityKindByWords, enumByWords, isIndoorClutter, namesTraditionalFestival, publicityUnitOfKind, rectifiedByStatus } from "../catalog/classify";
import { hasContactData, withoutContactNumbers } from "../normalize/personal";
import { frequencyOf, personalNameIn, withoutNamedContacts } from "../facts/remark";
import { cellAddress } from "../grid/address";
import type { CellValue, SheetGrid } from "../grid/types";
import { APPROX_TAG_MARK, formatApproxTag } from "../normalize/approx-tag";
import { readNumber } from "../normalize/number";
import { readText } from "../normalize/text";
import { impossibleDateReason } from "../validate/check-cell";
import { cellAt, headerNote, headerStem, type SourceColumn, type TableBlock } from "./find-tables";
import { isMoneyColumn, type BlockMapping, type ColumnMatch } from "./map-columns";
import { ledgerOfCategory, SEQUENCE_HEADERS } from "./kinds";
import { columnLetters } from "../grid/address";
import { chineseDateOfSerial, readDay, readField } from "./read-value";
import type { ImportedValue, ImportFinding, ImportSkipReason } from "./types";

/** A standard row being built, with where its values came from. */
export interface DraftRow {
  readonly values: Map<string, ImportedValue>;
  readonly remarks: string[];
  readonly guesses: { readonly field: string; readonly value: string; readonly from?: string; readonly basis: string }[];
  /** Enumerations typed with a value not in their list (`问题类别` → `乱停乱放`), by standard header, with the source cell. */
  readonly unlisted: Map<string, { readonly text: string; readonly cell: string }>;
  /** A measure word typed in a figure (`20户`) that the ledger's 单位 list lacks, with the cell and the text typed. */
  unitTyped?: { readonly unit: string; readonly cell: string; readonly text: string };
  /** The measure word a 先进典型 人数 was typed in (`1个`), with its cell: the ledger has no 单位 column for it. */
  peopleTyped?: { readonly unit: string; readonly cell: string; readonly text: string };
  /** The ledger the row goes to when it is not the block's own (a `入户走访 | 20户` of a 宣传 list goes to 其他指标). */
  ledger?: LedgerSpec;
}

/** What became of a source cell, before rows have their final numbers. */
export type DraftFate =
  | { readonly cell: string; readonly status: "imported"; readonly row: DraftRow; readonly header: string }
  | { readonly cell: string; readonly status: "skipped"; readonly reason: ImportSkipReason; readonly detail?: string };

/** One block reshaped. */
export interface BlockDraft {
  readonly ledger: LedgerSpec;
  readonly rows: readonly DraftRow[];
  readonly fates: readonly DraftFate[];
  readonly findings: readonly ImportFinding[];
}

/** Context of one block. */
export interface BlockContext {
  readonly catalog: Catalog;
  readonly grid: SheetGrid;
  readonly block: TableBlock;
  readonly mapping: BlockMapping;
  readonly year?: number;
  /** The cell's name in messages (`旧台账.xlsx·Sheet1!B4`). */
  readonly name: (row: number, col: number) => string;
  /** The unit's name as import resolved it (基本信息 单位名称): a 花名册 that names no team is its `…志愿服务队`. */
  readonly unit?: string;
  /** True when the sheet's name is its file's (a .csv): never a team's name (new-user test 56, D10). */
  readonly sheetIsFile?: boolean;
}

const REMARK = "备注";
/** Field ids whose words classify a row (活动名称, 简要内容, 荣誉名称, 队伍名称, 指标名称 …). */
const WORD_FIELDS: readonly string[] = ["name", "summary", "content", "title", "team", "kind"];
/** Status words of an item that did not take place (cancelled, still recruiting, not started). */
const NOT_HELD = /取消|作废|撤销|撤回|未开展|未举办|未开始|招募中|报名中|待开展|筹备中|未发布|草稿/u;
const newRow = (): DraftRow => ({ values: new Map(), remarks: [], guesses: [], unlisted: new Map() });
const fieldOf = (ledger: LedgerSpec, header: string): FieldSpec | undefined => ledger.columns.find((c) => c.header === header);

/** Reshapes one mapped block into rows of its ledger; undefined when the block has no kind. */
/**
 * A phone or ID number copied into a text column (备注 `联系人王芳13811112222`): said, as a roster's are not
 * copied at all (new-user test 10, D9); the summary leaves it out, the new workbook keeps what was typed.
 */
const personalCopied = (cell: string, header: string, cut: boolean, whole = false, named = false): ImportFinding => ({
  severity: "warning", rule: "import.personal", cell,
  // A contact line (`周师傅联系电话138…`): the name goes with its number, nothing is left (new-user test 45, D16).
  // A name or nickname with no number (`网格员小王（王磊）组织的`, `胖姐带队`): copied as typed, said as check says it
  // (value.personal; new-user test 47, D11).
  message: named && cut
    ? `${cell}：含电话号码或身份证号，导入时已去掉号码，其余内容导入${header}（原文件未改动）；其中含姓名或称呼，姓名总结不会写出，如不需要保留，请在标准台账中删去。`
    : named
    ? `${cell}：含姓名或称呼，已照原样导入${header}（原文件未改动）；姓名总结不会写出，如不需要保留，请在标准台账中删去。`
    : whole
    ? `${cell}：是联系人及其电话号码或身份证号，未导入（原文件未改动）。`
    : cut
    ? `${cell}：含电话号码或身份证号，导入时已去掉号码，其余内容导入${header}（原文件未改动）；姓名总结不会写出。`
    : `${cell}：含联系人等个人信息，已照原样导入${header}（总结不会写出）；如不需要保留，请在标准台账中删去。`,
});

export function reshapeBlock(ctx: BlockContext): BlockDraft | undefined {
  const kind = ctx.mapping.kind;
  if (!kind) return undefined;
  const shape = kind.shape;
  const out = shape?.reshape === "group" ? groupRows(ctx) : shape?.reshape === "columns" ? columnRows(ctx) : itemRows(ctx);
  let findings = [...out.findings, ...checkTotals(ctx)];
  if (kind.ledger.id === "activities") findings.push(...countsOfOtherThings(kind.ledger, out.rows));
  let fates = out.fates;
  if (kind.ledger.id === "publicity") ({ fates, findings } = routeNotPublicity(ctx.catalog, out.rows, fates, findings, ctx.mapping));
  for (const row of out.rows) completeRow(ctx.catalog, row.ledger ?? kind.ledger, row, ctx.mapping, `${ctx.block.title} ${ctx.grid.name}`.trim());
  // After the row's 级别 is read from its words: the note is no level (`本单位荣誉` is never 级别 本单位).
  for (const row of out.rows) if ((row.ledger ?? kind.ledger).id === "honors") ownHonourTyped(row);
  return { ledger: kind.ledger, rows: out.rows, fates, findings };
}

/** Measure words of batches and occasions (`3批`, `2次`): a 宣传投放 figure so counted is no count of the things put up. */
const BATCH_WORD = /^(?:批|批次|次|场|场次|期|轮|趟|回)$/u;

/** Measure words of people, households, partner units and occasions: never a count of 宣传品. */
const NOT_PUBLICITY_UNIT = /^(?:户|家|人|人次|名|位|次|场|场次|个单位)$/u;

/**
 * A row of a 宣传 list that is no publicity item (new-user test 34, D8): its name is not a 宣传投放 类型 and its figure
 * is counted in households, partner units, people or occasions (`入户走访 | 20户`, `共建单位 | 5家`). It never goes
 * into 宣传投放 as 其他 with the word `个` (the summary then said `其他宣传品25个`): a 组织保障 事项类型 named in it
 * (`共建单位`) makes it a 组织保障 row of that type (`5家`); anything else is a 其他指标 row of its name, figure and
 * word (`入户走访` 20 户, 板块 by its words). Its other values go to 备注. Each move replaces the unit warning with
 * a finding at the figure's cell; the fates follow the row to its new columns. Mutates the rows (their `ledger`).
 */
function routeNotPublicity(catalog: Catalog, rows: readonly DraftRow[], fates: readonly DraftFate[], findings: readonly ImportFinding[], mapping?: BlockMapping): { fates: DraftFate[]; findings: ImportFinding[] } {
  const org = ledgersOf(catalog).find((l) => l.id === "organization");
  const figures = ledgersOf(catalog).find((l) => l.id === "figures");
  const outFates = [...fates];
  let outFindings = [...findings];
  if (!org || !figures) return { fates: outFates, findings: outFindings };
  for (const row of rows) {
    const typedKind = row.unlisted.get("类型");
    const quantity = row.values.get("数量");
    if (!typedKind || row.values.has("类型") || typeof quantity !== "number") continue;
    const name = typedKind.text;
    const moved = mapping ? routeNamedRow(catalog, row, typedKind, quantity, outFates, mapping) : undefined;
    if (moved) {
      outFindings = outFindings.filter((f) => !(f.rule === "import.unit-unlisted" && f.cell === moved.cell));
      outFindings.push(moved);
      continue;
    }
    // The word typed in the figure (`356人`), else in a 单位 column of its own (`约50 | 户`, a word the list lacks, or
    // `一百二十 | 处`, one it has): a 工作情况统计表 (项目 | 数量 | 单位) types it apart (new-user test 48, D4).
    const apart = row.unitTyped ? undefined : (row.unlisted.get("单位") ?? unitColumnOf(row, fates));
    const unit: { readonly unit: string; readonly cell: string; readonly text: string } | undefined = row.unitTyped ?? (apart ? { unit: apart.text, cell: apart.cell, text: `${String(quantity)}${apart.text}` } : undefined);
    if (!unit) continue;
    const word = unit.unit;
    // A count of problems (`整改问题 | 120 | 处`) is no publicity item either: 其他指标 环境整治, never a 问题整改 row
    // whose 发现数 nobody typed (new-user test 48, D4).
    const problem = PROBLEM_ROW.test(name) && PROBLEM_UNIT.test(word);
    if (!problem && !NOT_PUBLICITY_UNIT.test(word)) continue;
    const orgKind = problem ? undefined : org.columns.find((c) => c.id === "kind")?.values?.find((k) => k !== "其他" && name.includes(k));
    const orgUnits = org.columns.find((c) => c.id === "unit")?.values ?? [];
    const toOrg = orgKind !== undefined && orgUnits.includes(unit.unit);
    const target = toOrg ? org : figures;
    const nameHeader = toOrg ? "名称或内容" : "指标名称";
    const valueHeader = toOrg ? "数量" : "数值";
    // The row's other values (日期, 投入金额, a 地点 moved to 备注) are kept in 备注 with their headers.
    const rest: string[] = [];
    for (const [header, v] of row.values) {
      if (header === "数量" || header === "单位" || (header === "位置或内容" && v === name)) continue;
      const shown = typeof v === "object" && v !== null && "date" in v ? String(v.date) : String(v);
      rest.push(`${header.replace(/（.*）$/u, "")}：${shown}`);
    }
    row.values.clear();
    row.unlisted.clear();
    // The 单位 column's own word is now the row's 单位, not a note (`工作情况/单位：户`).
    const unitNote = row.remarks.findIndex((r) => new RegExp(`(?:^|/)单位：${word}$`, "u").test(r));
    if (unitNote >= 0) row.remarks.splice(unitNote, 1);
    row.remarks.splice(0, 0, ...rest);
    if (toOrg) row.values.set("事项类型", orgKind!);
    if (problem) row.values.set("板块", "环境整治");
    row.values.set(nameHeader, name);
    row.values.set(valueHeader, quantity);
    row.values.set("单位", unit.unit);
    row.ledger = target;
    // A rough figure (`约20户`) is told by 其他指标's 表述, not by a 〔约数〕 tag of 数量.
    const prefix = `${APPROX_TAG_MARK}数量：`;
    const tag = toOrg ? -1 : row.remarks.findIndex((r) => r.startsWith(prefix));
    if (tag >= 0) {
      const read = readNumber(row.remarks[tag].slice(prefix.length));
      const approx = read.kind === "number" ? read.approx : undefined;
      row.remarks.splice(tag, 1);
      if (approx) row.values.set("表述", approx.kind === "over" ? "余" : approx.kind === "nearly" ? "近" : "约");
    }
    const headerNow = (h: string): string => (h === "数量" ? valueHeader : h === "位置或内容" || h === "类型" ? nameHeader : REMARK);
    outFates.forEach((f, i) => {
      if (f.status === "imported" && f.row === row) outFates[i] = { ...f, header: f.cell === unit.cell && apart ? "单位" : headerNow(f.header) };
    });
    const approxWord = row.values.get("表述");
    const figure = `${approxWord === "约" || approxWord === "近" ? approxWord : ""}${String(quantity)}${approxWord === "余" ? "余" : ""}${unit.unit}`;
    const shown = apart ? figure : unit.text;
    const said = toOrg ? `组织保障（${name === orgKind ? "" : `事项类型 ${orgKind}，`}${name}${shown}）` : problem ? `其他指标（板块 环境整治，${name}${figure}）` : `其他指标（${name}${shown}）`;
    outFindings = outFindings.filter((f) => !(f.rule === "import.unit-unlisted" && f.cell === unit.cell));
    outFindings.push({
      severity: "warning", rule: "import.not-publicity", cell: unit.cell,
      message: problem
        ? `${unit.cell}：“${name} ${shown}”是问题数，不是宣传品，已导入${said}，未计入宣传投放；如需计入问题整改，请在问题整改表中按问题类别填写发现数和已整改数。`
        : `${unit.cell}：“${name} ${shown}”以“${unit.unit}”计，不是宣传品，已导入${said}，未计入宣传投放，请核对。`,
    });
  }
  return { fates: outFates, findings: outFindings };
}

/**
 * One cell that counts the problems found and those put right (`发现6处，已整改5处`, `排查问题12个；已整改10个`,
 * `发现3处，均已整改`: new-user test 71, D7 — such a 数量 cell was not read and the 问题整改 row was left blank): the
 * found part as typed (`6处`, read as 发现数 with its word) and the count put right (all when it says 均已/全部 with no
 * figure), or undefined for any other text, or when the words of the two differ.
 */
export function foundAndRectified(text: string): { readonly found: string; readonly rectified: number } | undefined {
  const m = FOUND_AND_RECTIFIED.exec(text.trim());
  if (!m) return undefined;
  const found = readNumber(m[1]);
  if (found.kind !== "number") return undefined;
  if (!m[2]) return /均已|全部/u.test(text) ? { found: m[1], rectified: found.value } : undefined;
  const done = readNumber(m[2]);
  if (done.kind !== "number" || (done.unit && found.unit && done.unit !== found.unit)) return undefined;
  return { found: m[1], rectified: done.value };
}
const FOUND_AND_RECTIFIED = /^(?:共|累计)?(?:排查|发现|查出|检查发现)(?:各类)?(?:问题|隐患)?\s*([^，,；;、\s]+?)\s*[，,；;、]?\s*(?:其中)?(?:已|均已|已全部|全部)(?:整改|完成整改|处理|整治|解决)(?:到位|完毕|完成)?\s*([^。，,；;\s]*?)[。]?$/u;

/** A 备注 that only says how many were put right (`已整改12处`, `均已整改5个`): the figure after its verb. */
const RECTIFIED_NOTE = /^(?:已|均已)(?:整改|完成整改|处理|整治|解决)(?:到位|完成)?\s*(\S+)$/u;

/**
 * A row of a 宣传 list whose 项目 names another ledger or an activity type (docs/new-user-test-pane-68.md D1, D2, D4:
 * `我们的节日 | 春运“暖冬行动”为旅客送饺子 | 约500 | 份`, `先进典型 | 获评省级“五星级服务区” | 1 | 个`, `文明服务 |
 * 开展文明服务培训 | 4 | 期` were summed as 宣传品 `我们的节日约500份和先进典型1个`) goes to that ledger, its 内容 the row's name:
 * - 项目 naming 先进典型 (kinds CATEGORY_LEDGERS) → 先进典型: 荣誉名称 the 内容, 人数 the figure (级别 by its words);
 * - 项目 naming 问题整改 counted in a problem's word with a 备注 that says how many were put right (`已整改12处`) →
 *   问题整改: 发现数 the figure, 已整改数 the 备注's (as test 67 D9 for a 环境整治 row); without that 备注 it stays a figure;
 * - 项目 naming 活动, or an activity type that is no 板块 of 其他指标 (我们的节日, 道德讲堂, 理论学习, 会议培训: a 志愿服务 or
 *   环境整治 row counted in 次 stays 其他指标), or a row counted in occasions (`4期`) whose 内容 is a training or meeting
 *   → 活动台账: 活动名称 the 内容, 活动类型 the 项目 (else by the words), a count in 人/人次/户 its 参与数量, any other in 备注.
 * The row's other values go to 备注 with their headers; the fates follow. Returns the finding to say, or undefined when
 * the row stays (mutates the row and `fates`).
 */
function routeNamedRow(catalog: Catalog, row: DraftRow, typed: { readonly text: string; readonly cell: string }, quantity: number, fates: DraftFate[], mapping: BlockMapping): ImportFinding | undefined {
  const name = typed.text;
  const ledgers = ledgersOf(catalog);
  const named = ledgerOfCategory(name);
  const contentSource = mapping.columns.find((m) => m.target?.field?.header === "位置或内容")?.source;
  const label = contentSource ? headerStem(contentSource.parts[contentSource.parts.length - 1] ?? contentSource.header) : undefined;
  const at = label ? row.remarks.findIndex((r) => r.startsWith(`${label}：`)) : -1;
  const content = at >= 0 && label ? row.remarks[at].slice(label.length + 1) : undefined;
  const unitValue = row.values.get("单位");
  const word = row.unitTyped?.unit ?? row.unlisted.get("单位")?.text ?? (typeof unitValue === "string" ? unitValue : undefined) ?? row.remarks.find((r) => r.startsWith("单位："))?.slice(3);
  const activityKinds = (ledgers.find((l) => l.id === "activities")?.columns.find((c) => c.id === "kind")?.values ?? []).filter((k) => k !== "其他" && !catalog.sections.some((s) => s.name === k));
  const problemUnits = ledgers.find((l) => l.id === "rectification")?.columns.find((c) => c.id === "unit")?.values ?? [];
  const doneAt = row.remarks.findIndex((r) => RECTIFIED_NOTE.test(r));
  const done = doneAt >= 0 ? readNumber(RECTIFIED_NOTE.exec(row.remarks[doneAt])![1]) : undefined;
  const training = content !== undefined && BATCH_WORD.test(word ?? "") && activityKindByWords(catalog, content) === "会议培训";
  const id = named === "honors" ? "honors"
    : named === "rectification" && word && problemUnits.includes(word) && done?.kind === "number" && done.value <= quantity ? "rectification"
    : named === "activities" || activityKinds.includes(name) || training ? "activities" : undefined;
  const target = id ? ledgers.find((l) => l.id === id) : undefined;
  if (!id || !target) return undefined;
  // The 〔约数〕 tag of 数量 (`约500`) is said with the figure.
  const tagPrefix = `${APPROX_TAG_MARK}数量：`;
  const tag = row.remarks.findIndex((r) => r.startsWith(tagPrefix));
  const figure = tag >= 0 ? row.remarks[tag].slice(tagPrefix.length) : String(quantity);
  const dropped = new Set([at, tag, id === "rectification" ? doneAt : -1].filter((i) => i >= 0));
  const kept = row.remarks.filter((r, i) => !dropped.has(i) && !/^单位：/u.test(r));
  const rest: string[] = [];
  const date = row.values.get("日期");
  for (const [header, v] of row.values) {
    if (["数量", "单位", "类型", "位置或内容", "日期"].includes(header)) continue;
    rest.push(`${header.replace(/（.*）$/u, "")}：${String(v)}`);
  }
  if (date !== undefined && id === "rectification") rest.push(`日期：${typeof date === "object" ? date.date : String(date)}`);
  const people = id === "activities" && /^(?:人|人次|户|家)$/u.test(word ?? "");
  const countHeader = id === "honors" ? "人数" : id === "rectification" ? "发现数" : people ? "参与数量" : REMARK;
  row.values.clear();
  row.unlisted.clear();
  row.remarks.splice(0, row.remarks.length);
  const title = content ?? name;
  if (id === "activities") {
    row.values.set("活动名称", title);
    if (activityKinds.includes(name)) row.values.set("活动类型", name);
    else if (named !== "activities") rest.unshift(`${headerStem(mapping.columns.find((m) => m.target?.field?.header === "类型")?.source.header ?? "项目")}：${name}`);
    if (people) { row.values.set("参与数量", quantity); row.values.set("单位", word!); }
    else rest.push(`数量：${figure}${word ?? ""}`);
  } else if (id === "honors") {
    // `获评省级“五星级服务区”`: the title is the quoted name, its level word read into 级别 (never `获评“获评省级……”`).
    const quoted = /^(?:获评|荣获|获得|被评为|评为)?[\u4e00-\u9fa5]{0,4}?级?“([^”]+)”$/u.exec(title);
    const level = quoted ? enumByWords(catalog, "honors", "level", title) : undefined;
    row.values.set("荣誉名称", quoted ? quoted[1] : title);
    if (level) {
      row.values.set("级别", level);
      row.guesses.push({ field: "级别", value: level, basis: `按“${title}”归为${level}` });
    }
    row.values.set("人数", quantity);
    if (word) row.peopleTyped = { unit: word, cell: typed.cell, text: `${figure}${word}` };
  } else {
    if (content !== undefined) rest.unshift(`${label}：${content}`);
    row.values.set("发现数", quantity);
    row.values.set("已整改数", (done as { value: number }).value);
    row.values.set("单位", word!);
  }
  if (date !== undefined && id !== "rectification") row.values.set("日期", date);
  row.remarks.push(...rest, ...kept);
  row.ledger = target;
  const contentCol = contentSource ? columnLetters(contentSource.col) : undefined;
  const cellCol = (cell: string): string | undefined => /!([A-Z]+)\d+$/u.exec(cell)?.[1];
  fates.forEach((f, i) => {
    if (f.status !== "imported" || f.row !== row) return;
    if (f.cell === typed.cell) {
      fates[i] = id === "activities" && activityKinds.includes(name) ? { ...f, header: "活动类型" }
        : id === "activities" ? { ...f, header: REMARK }
        : { cell: f.cell, status: "skipped", reason: "unmapped", detail: `项目（按此列分到${target.sheet}）` };
    } else if (contentCol && cellCol(f.cell) === contentCol && f.header === REMARK) fates[i] = { ...f, header: id === "activities" ? "活动名称" : id === "honors" ? "荣誉名称" : REMARK };
    else if (f.header === "数量") fates[i] = { ...f, header: countHeader };
    else if (f.header === "单位") fates[i] = { ...f, header: id === "honors" || (id === "activities" && !people) ? REMARK : "单位" };
    else if (f.header === "日期") fates[i] = { ...f, header: id === "rectification" ? REMARK : "日期" };
    else if (id === "rectification" && f.header === REMARK && doneAt >= 0) fates[i] = { ...f, header: "已整改数" };
  });
  const said = id === "honors" ? `先进典型（${title}）` : id === "rectification" ? `问题整改（发现${figure}${word!}，已整改${(done as { value: number }).value}${word!}）` : `活动台账（${title}）`;
  return { severity: "warning", rule: "import.not-publicity", cell: typed.cell, message: `${typed.cell}：项目“${name}”不是宣传品，本行已导入${said}，未计入宣传投放，请核对。` };
}

/** Names of a count of problems found or put right (`整改问题`, `排查隐患`, `发现问题`, `问题整改`). */
const PROBLEM_ROW = /(?:整改|排查|发现|查处|交办|督办|处置)(?:各类|各种)?(?:问题|隐患)|(?:问题|隐患)(?:整改|排查|处置)/u;
/** Measure words problems are counted in. */
const PROBLEM_UNIT = /^(?:处|件|起|个|项|条)$/u;

/** Whether `text` counts a number other than the row's `quantity` (`新换了8块` of 12): what it says is of a part only. */
function partCount(text: string, quantity: ImportedValue | undefined): boolean {
  if (typeof quantity !== "number") return false;
  const digits = text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return [...digits.matchAll(/\d+(?:\.\d+)?/gu)].some((m) => Number(m[0]) !== quantity);
}

/** A 单位 column's word the publicity list has (`处`): the row's 单位 value with the cell it came from. */
function unitColumnOf(row: DraftRow, fates: readonly DraftFate[]): { readonly text: string; readonly cell: string } | undefined {
  const value = row.values.get("单位");
  const fate = fates.find((f) => f.status === "imported" && f.row === row && f.header === "单位");
  return typeof value === "string" && fate ? { text: value, cell: fate.cell } : undefined;
}

/** The note that marks a 先进典型 row as the unit's own (facts read `单位荣誉` in 备注 as the unit's: build-facts honourFacts). */
const OWN_HONOUR_NOTE = "本单位荣誉";

/**
 * A title that names other holders than the unit (`市级文明诚信商户`: shops, in 家; `星级文明户`) counted `1个` by the unit
 * itself, with no holder in 备注: the unit's own title, as a 青年文明号 of 1个 is (catalog OWN_COLLECTIVE_TITLE) — 备注 says
 * `本单位荣誉`, listed under 推断填写, so that the summary never invents a merchant, `1家商户获评……` (new-user test 67, D9).
 */
function ownHonourTyped(row: DraftRow): void {
  const typed = row.peopleTyped;
  const title = row.values.get("荣誉名称");
  if (!typed || typed.unit !== "个" || row.values.get("人数") !== 1 || typeof title !== "string" || row.remarks.length) return;
  if (["人", "个"].includes(honourMeasure(title))) return;
  row.remarks.push(OWN_HONOUR_NOTE);
  row.guesses.push({ field: REMARK, value: OWN_HONOUR_NOTE, from: typed.cell, basis: `人数写作“${typed.text}”，“${title}”按本单位自己获得的荣誉计` });
}

/**
 * An activity's count in another word than 人 or 人次 (`36 | 个班`) is no turnout: it goes to 备注 with its
 * word and 参与数量 stays empty, said as a warning at the word's cell — never 36 人 (new-user test 7, D5).
 */
function countsOfOtherThings(ledger: LedgerSpec, rows: readonly DraftRow[]): ImportFinding[] {
  const unit = ledger.columns.find((c) => c.id === "unit");
  const count = ledger.columns.find((c) => c.id === "participants");
  if (!unit || !count) return [];
  const findings: ImportFinding[] = [];
  for (const row of rows) {
    const typed = row.unlisted.get(unit.header);
    const value = row.values.get(count.header);
    if (!typed || value === undefined) continue;
    row.values.delete(count.header);
    // The word of a 单位 column is said with its figure (`参与数量：3次`), not twice (`单位：次`; new-user test 66, D1).
    const note = row.remarks.findIndex((r) => r === `${unit.header}：${typed.text}`);
    if (note >= 0) row.remarks.splice(note, 1);
    row.remarks.push(`${count.header}：${String(value)}${typed.text}`);
    findings.push({ severity: "warning", rule: "import.not-people", cell: typed.cell, message: `${typed.cell}：单位“${typed.text}”不是人或人次，${String(value)}${typed.text}记入备注，${count.header}未填；如有参与人数请在标准台账中补填。` });
  }
  return findings;
}

/** The money words a figure may be typed in (`3,600元`, `1.5万元`: readNumber gives 元 with the 万 in the value). */
const MONEY_UNIT = /^(?:元|万元|千元|百元|亿元)$/u;

/**
 * A money cell of a column the ledger lacks, as a 备注 part: the header's stem and the amount in 元 (`3,600元` →
 * `经费3600元`, `1.5万元` → `经费15000元`, `约2000元` → `经费约2000元`, `2万余元` → `经费20000余元`); a figure typed
 * without a money word keeps the header's note (`经费（万元）` | 1.5 → `经费1.5万元`); anything else is kept as typed
 * (`经费：待定`). The rule of new-user test 25, D10: nothing typed is lost, the standard 活动台账 has no money column.
 */
export function moneyRemark(source: SourceColumn, v: CellValue): string {
  const said = source.parts[source.parts.length - 1] ?? source.header;
  const stem = headerStem(said);
  const text = readText(v);
  const n = readNumber(v);
  const note = headerNote(said);
  const unit = n.kind === "number" ? (n.unit !== undefined ? n.unit : note && MONEY_UNIT.test(note) ? note : undefined) : undefined;
  if (n.kind !== "number" || n.value < 0 || n.percent || unit === undefined || !MONEY_UNIT.test(unit)) return `${stem}：${text}`;
  const value = String(Math.round(n.value * 100) / 100);
  const word = n.approx?.kind === "over" ? "" : n.approx?.kind === "nearly" ? "近" : n.approx ? "约" : "";
  return `${stem}${word}${value}${n.approx?.kind === "over" ? "余" : ""}${unit}`;
}

/** Skip reason of a data cell of a column that is not imported. */
function skipOf(m: ColumnMatch): ImportSkipReason {
  return m.personal || m.target?.shape?.role === "personal" ? "personal" : "unmapped";
}

/** Measure words of people (a 参加人数 column's). */
const PEOPLE_WORD = /^(?:人|人次|名|位)$/u;

/**
 * The people word the typed values of a figure column agree on (`人次` of `约800人次`, `三百余人次`), for its bare numbers,
 * when the header states no word of its own (a note `（人）` or `人次`; `人数` says only people): undefined when the values
 * name none, disagree, or fewer than half of them name one. Each column is read once (cached).
 */
function columnWords(ctx: BlockContext): (m: ColumnMatch) => string | undefined {
  const cache = new Map<number, string | undefined>();
  return (m) => {
    if (cache.has(m.source.col)) return cache.get(m.source.col);
    const stated = m.source.parts.some((part) => /^[\u4e00-\u9fff]{1,2}$/u.test(headerNote(part) ?? "")) || /人次/u.test(m.source.parts.join(""));
    const numbers = stated ? [] : ctx.block.dataRows.map((r) => readNumber(cellAt(ctx.grid, r, m.source.col))).filter((n) => n.kind === "number");
    const words = new Set(numbers.flatMap((n) => (n.kind === "number" && n.unit ? [n.unit] : [])));
    const typed = numbers.filter((n) => n.kind === "number" && n.unit).length;
    // Only a count of people (人次 for 人): rows of a problem or publicity list count different things, each in its own word
    // (`院内吸烟 30起`, `停车场乱停车 18` is 处, never 起 by its neighbour).
    const word = words.size === 1 && typed < numbers.length && typed * 2 >= numbers.length && PEOPLE_WORD.test([...words][0]) ? [...words][0] : undefined;
    cache.set(m.source.col, word);
    return word;
  };
}

/** A row per data row: ledger tables and 问题清单. */
function itemRows(ctx: BlockContext): { rows: DraftRow[]; fates: DraftFate[]; findings: ImportFinding[] } {
  const { grid, block, mapping, catalog } = ctx;
  const ledger = mapping.kind!.ledger;
  const isList = mapping.kind!.shape !== undefined;
  const rows: DraftRow[] = [];
  const fates: DraftFate[] = [];
  const findings: ImportFinding[] = [];
  // A ledger table's own status column (`活动状态` of a platform export): rows that did not take place are left out.
  const stateCol = isList ? undefined : mapping.columns.find((m) => !m.target && !m.personal && /状态$/u.test(headerStem(m.source.header)));
  // A 问题清单 with a count column (`数量 | 20户`) counts each problem by it; without one, a problem a line (发现数 1).
  const countCol = isList ? mapping.columns.find((m) => m.target?.field?.id === "found") : undefined;
  if (isList && !countCol) findings.push(...countLeftOut(ctx));
  // A 问题清单 column of 已整改数 (`已整改 | 7`) gives the count as typed; with none, a column of figures left out could
  // hold it: 已整改数 is then left blank and the column said, never 0 (new-user test 55, D1: `均未整改到位` published).
  const rectifiedCol = isList ? mapping.columns.find((m) => m.target?.field?.id === "rectified") : undefined;
  const couldHold = isList && !rectifiedCol ? rectifiedLeftOut(ctx) : undefined;
  if (couldHold) findings.push(couldHold.finding);
  const wordOf = columnWords(ctx);
  for (const r of block.dataRows) {
    const state = stateCol ? readText(cellAt(grid, r, stateCol.source.col)) : "";
    if (state && NOT_HELD.test(state)) {
      const detail = `${headerStem(stateCol!.source.header)}：${state}`;
      for (const m of mapping.columns) if (readText(cellAt(grid, r, m.source.col)) !== "") fates.push({ cell: ctx.name(r, m.source.col), status: "skipped", reason: m.personal ? "personal" : "not-held", detail });
      continue;
    }
    const row = newRow();
    const rowFates: DraftFate[] = [];
    let status: { text: string; cell: string } | undefined;
    let unlistedUnit: string | undefined;
    const leftOut: LeftOut[] = [];
    for (const m of mapping.columns) {
      const v = cellAt(grid, r, m.source.col);
      const text = readText(v);
      if (text === "") continue;
      const cell = ctx.name(r, m.source.col);
      const role = m.target?.shape?.role;
      if (!m.target || m.personal || role === "personal") {
        if (!m.target && !m.personal && !m.category && m !== stateCol && !SEQUENCE_HEADERS.includes(headerStem(m.source.header))) leftOut.push({ cell, text, header: m.source.header, at: rowFates.length });
        rowFates.push({ cell, status: "skipped", reason: skipOf(m), ...(m.target || m.personal ? {} : { detail: m.category ? `${m.source.header}（按此列分到${ledger.sheet}）` : m.source.header }) });
        continue;
      }
      if (role === "status") {
        status = { text, cell };
        continue;
      }
      if (!role && m.target.field?.id === "remark" && isMoneyColumn(mapping.kind!, m.source)) {
        // Money the ledger has no column for (经费 of an activity list) is kept in 备注 as `经费3600元` (new-user test 25, D10).
        row.remarks.push(moneyRemark(m.source, v));
        rowFates.push({ cell, status: "imported", row, header: REMARK });
        continue;
      }
      if (role === "remark" || (!role && m.target.header === REMARK)) {
        const label = m.target.shape?.label;
        const asDate = label && typeof v === "number" ? readDay(v, ctx.year) : undefined;
        const shown = asDate !== undefined ? chineseDateOfSerial(asDate) : text;
        // Phone and ID numbers are not copied on (new-user test 21, D13), as a roster's phone column is not.
        const kept = hasContactData(shown) ? withoutNamedContacts(shown) : shown;
        if (kept) row.remarks.push(label ? `${label}：${kept}` : kept);
        rowFates.push(kept ? { cell, status: "imported", row, header: REMARK } : { cell, status: "skipped", reason: "personal" });
        // A name left beside the number cut (`王大姐带着志愿者…，联系电话138…`) is said in the same line (new-user test 48, D16).
        if (hasContactData(text)) findings.push(personalCopied(cell, REMARK, kept !== shown, !kept, kept !== shown && !!kept && personalNameIn(kept) !== undefined));
        else if (kept && personalNameIn(kept)) findings.push(personalCopied(cell, REMARK, false, false, true));
        // A date no calendar has (发现时间 `2025年9月31日`) is kept as typed, and said as the checker says it for a date
        // column, so that the office corrects its own list (new-user test 37, D20).
        const impossible = asDate === undefined ? impossibleDateReason(text) : undefined;
        if (impossible) findings.push({ severity: "warning", rule: "import.unreadable", cell, message: `${cell}：“${text}”不是有效日期（${impossible.said}），已原样写入备注，请在原表中改正。` });
        continue;
      }
      const header = m.target.field?.header ?? m.target.header;
      const field = fieldOf(ledger, header);
      if (!field) continue;
      // A count of problems found that says how many were put right too (`发现6处，已整改5处`) is 发现数 and 已整改数.
      const both = ledger.id === "rectification" && field.id === "found" ? foundAndRectified(text) : undefined;
      const read = readField(catalog, ledger, field, m.source.header, both ? both.found : v, ctx.year);
      if (both && read.ok && typeof read.value === "number" && both.rectified <= read.value && !row.values.has("已整改数")) row.values.set("已整改数", both.rectified);
      if (!read.ok) {
        // Text the field cannot hold (`全体网格员` under 参加人数) is kept in 备注 with its header, and said.
        const said = m.source.parts[m.source.parts.length - 1] ?? m.source.header;
        row.remarks.push(`${headerStem(said)}：${read.typed}`);
        rowFates.push({ cell, status: "imported", row, header: REMARK });
        const impossible = field.type === "date" ? impossibleDateReason(read.typed) : undefined;
        const why = impossible ? `不是有效日期（${impossible.said}）` : `无法读作${field.header}`;
        findings.push({ severity: "warning", rule: "import.unreadable", cell, message: `${cell}：“${read.typed}”${why}，原文记入备注，${field.header}请在标准台账中补填。` });
        continue;
      }
      // A count typed in a measure word the ledger's 单位 list lacks (`3批`, `5组` under 参加人员) where the figure may be
      // left blank (活动台账 参与数量): kept in 备注 as typed (`参加人员：3批`), as `2场次` is, the figure left blank —
      // never the number under a word it was not (new-user test 37, D12: `3批` became 3 人 and was added to the people).
      const unitOfLedger = ledger.columns.find((c) => c.id === "unit");
      if (read.unit && !field.required && (field.type === "int" || field.type === "num") && field.id !== "amount" && field.id !== "hours" && unitOfLedger?.type === "enum" && !unitOfLedger.values?.includes(read.unit)) {
        const said = m.source.parts[m.source.parts.length - 1] ?? m.source.header;
        row.remarks.push(`${headerStem(said)}：${text}`);
        rowFates.push({ cell, status: "imported", row, header: REMARK });
        findings.push({ severity: "warning", rule: "import.unit-unlisted", cell, message: `${cell}：“${text}”中的单位“${read.unit}”不在${ledger.sheet}“${unitOfLedger.header}”的可选项（${(unitOfLedger.values ?? []).join("、")}）中，原文记入备注，${field.header}未填写，请在标准台账中核对。` });
        continue;
      }
      // A head count (注册人数, a field counted in 人 with no 单位 column beside it) typed in another word (`15人次`, `12次`)
      // counts attendances or occasions, never members: kept in 备注 as typed, the figure left blank and said (new-user test
      // 69, D1: `15人次` became `现有注册志愿者15人`).
      if (read.unit && field.unit === "人" && !unitOfLedger && !HEADCOUNT_WORDS.includes(read.unit)) {
        const said = m.source.parts[m.source.parts.length - 1] ?? m.source.header;
        row.remarks.push(`${headerStem(said)}：${text}`);
        rowFates.push({ cell, status: "imported", row, header: REMARK });
        findings.push({ severity: "warning", rule: "import.unit-mismatch", cell, message: `${cell}：“${text}”以“${read.unit}”计，不是${ledger.sheet}“${field.header}”（以人计，每人只计一次），原文记入备注，${field.header}未填写，请在标准台账中核对。` });
        continue;
      }
      if (ledger.id === "honors" && field.id === "people" && read.unit) row.peopleTyped = { unit: read.unit, cell, text };
      if (read.value !== undefined) {
        const cut = typeof read.value === "string" && hasContactData(read.value) ? withoutNamedContacts(read.value) : read.value;
        row.values.set(field.header, cut);
        rowFates.push({ cell, status: "imported", row, header: field.header });
        // A phone or ID number copied into a text column (备注 `联系人王芳13811112222`): said, as the roster's are
        // not copied at all (new-user test 10, D9); the summary leaves it out, the workbook keeps what was typed.
        if (typeof read.value === "string" && hasContactData(read.value)) findings.push(personalCopied(cell, field.header, cut !== read.value));
      } else {
        rowFates.push({ cell, status: "imported", row, header: REMARK });
        if (field.type === "enum" && read.typed) row.unlisted.set(field.header, { text: read.typed, cell });
      }
      // A problem's own name goes first in 备注, before the notes of other columns (`院内吸烟；保安巡查`).
      if (read.remark && ledger.id === "rectification" && field.id === "kind" && read.typed) row.remarks.unshift(read.remark);
      else if (read.remark) row.remarks.push(read.remark);
      if (read.guess) row.guesses.push({ field: field.header, value: String(read.value), from: cell, basis: read.guess });
      // A day typed without its year (`5月20日`) takes the report year (from the title or the options): a guess, listed
      // under 推断填写 like the others (new-user test 35, D8).
      const day = field.type === "date" && typeof v === "string" && ctx.year !== undefined && read.value && typeof read.value === "object" && "date" in read.value ? String(read.value.date) : undefined;
      if (day && !YEAR_TYPED.test(text)) row.guesses.push({ field: field.header, value: day.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/u, "$1年$2月$3日"), from: cell, basis: `“${text}”未写年份，按报告年度${ctx.year}年计` });
      if (read.cut) findings.push({ severity: "warning", rule: "import.text-cut", cell, message: `${cell}：文字超过${field.header}的${field.maxLength}字上限，已截断，全文保留在备注中。` });
      if (read.approx && read.typed) {
        if (ledger.id === "figures") row.values.set("表述", read.approx.kind === "over" ? "余" : read.approx.kind === "nearly" ? "近" : "约");
        else row.remarks.push(formatApproxTag(field.header, read.typed));
      }
      const unitField = ledger.columns.find((c) => c.id === "unit");
      // A bare number (`2000`) in a column whose other cells agree on a word the header does not state (`约800人次`,
      // `三百余人次` under `参加人数`) takes theirs, listed under 推断填写 (new-user test 54, D12: never 人 by the header's 人数).
      const numeric = field.type === "int" || field.type === "num";
      const column = !read.unit && numeric && field.id !== "amount" && field.id !== "hours" ? wordOf(m) : undefined;
      const agreed = column !== m.unit ? column : undefined;
      const unit = read.unit ?? agreed ?? (numeric ? m.unit : undefined);
      if (agreed && unitField && !row.values.has(unitField.header) && (unitField.type !== "enum" || unitField.values?.includes(agreed))) {
        row.guesses.push({ field: unitField.header, value: agreed, from: cell, basis: `“${text}”未写单位，本列其他各行均以“${agreed}”计，按${agreed}计` });
      }
      if (unit && unitField && field.id !== "amount" && field.id !== "hours" && !row.values.has(unitField.header) && (unitField.type !== "enum" || unitField.values?.includes(unit))) row.values.set(unitField.header, unit);
      // A measure word typed in the cell that the ledger's 单位 list lacks (`20批`) is said, never silently replaced by the
      // usual word (new-user test 33: `20户` became 处 without a word). Once per row, at the first such cell.
      if (read.unit && unitField?.type === "enum" && field.id !== "amount" && field.id !== "hours" && !unitField.values?.includes(read.unit) && !row.unlisted.has(unitField.header) && !unlistedUnit) {
        unlistedUnit = read.unit;
        row.unitTyped = { unit: read.unit, cell, text };
        // A 宣传投放 figure counted in batches or occasions (`宣传栏 | 3批`) is no count of the things: 单位 stays blank for
        // the office to fill (unitFor), the figure as typed kept in 备注 (new-user test 42, D21: it became 宣传栏3块).
        const batch = ledger.id === "publicity" && BATCH_WORD.test(read.unit);
        if (batch) {
          const said = m.source.parts[m.source.parts.length - 1] ?? m.source.header;
          row.remarks.push(`${headerStem(said)}：${text}`);
        }
        const fate = batch ? `导入的是数字${String(read.value)}，原文记入备注，${unitField.header}未填写，请在标准台账中补填。` : `导入的是数字${String(read.value)}，${unitField.header}未按“${read.unit}”填写，请在标准台账中核对。`;
        findings.push({ severity: "warning", rule: "import.unit-unlisted", cell, message: `${cell}：“${text}”中的单位“${read.unit}”不在${ledger.sheet}“${unitField.header}”的可选项（${(unitField.values ?? []).join("、")}）中，${fate}` });
      }
    }
    itemUnit(ledger, row, findings);
    if (isList && rectifiedCol && row.values.has("已整改数")) {
      if (!countCol) row.values.set("发现数", 1);
      if (status) {
        row.remarks.push(`整改情况：${status.text}`);
        rowFates.push({ cell: status.cell, status: "imported", row, header: REMARK });
      }
    } else if (isList && couldHold && !status) {
      if (!countCol) row.values.set("发现数", 1);
    } else if (isList && countCol) {
      countedProblem(row, status, ctx.name(r, countCol.source.col), findings);
      if (status) rowFates.push({ cell: status.cell, status: "imported", row, header: "已整改数" });
    } else if (isList) {
      row.values.set("发现数", 1);
      const done = status ? rectifiedByStatus(status.text) : undefined;
      row.values.set("已整改数", done ?? 0);
      if (status) {
        rowFates.push({ cell: status.cell, status: "imported", row, header: "已整改数" });
        if (done !== 1) row.remarks.push(`整改情况：${status.text}`);
      }
      if (done === undefined) row.guesses.push({ field: "已整改数", value: "0", ...(status ? { from: status.cell } : {}), basis: status ? `“${status.text}”看不出是否已整改，按未整改计` : "未写整改情况，按未整改计" });
    }
    keepLeftOut(catalog, ledger, row, rowFates, keepFrequency(ledger, row, rowFates, leftOut));
    nameOtherThing(ledger, mapping, row, rowFates);
    typedThingKept(ledger, mapping, row, r, ctx);
    if (rowFates.some((f) => f.status === "imported")) {
      rows.push(row);
      fates.push(...rowFates);
    } else fates.push(...rowFates);
  }
  return { rows, fates, findings };
}

/** Measure words of things counted one by one (`3盏`, `2台`) that a 问题整改 单位 list lacks: counted as `个`. */
const ITEM_WORDS = /^(?:盏|台|根|杆|辆|棵|株|只|把|张|套|座|组|部|面|扇|块|桶|箱|个)$/u;

/**
 * A problem counted in a word the 问题整改 单位 list lacks that counts things one by one (`3盏`, `2台`): 单位 `个`, listed
 * as a guess in place of the unit warning (new-user test 38, D16), never the usual `处`. Other words keep the warning.
 * Mutates the row and the findings.
 */
function itemUnit(ledger: LedgerSpec, row: DraftRow, findings: ImportFinding[]): void {
  const unitField = ledger.columns.find((c) => c.id === "unit");
  const typed = row.unitTyped;
  if (ledger.id !== "rectification" || !typed || !unitField?.values?.includes("个") || !ITEM_WORDS.test(typed.unit) || row.values.has(unitField.header)) return;
  row.values.set(unitField.header, "个");
  row.guesses.push({ field: unitField.header, value: "个", from: typed.cell, basis: `“${typed.text}”的“${typed.unit}”不在${unitField.header}的可选项中，按“个”计` });
  const at = findings.findIndex((f) => f.rule === "import.unit-unlisted" && f.cell === typed.cell);
  if (at >= 0) findings.splice(at, 1);
}

/**
 * A 问题清单 row with a count column (new-user test 38, D16): 发现数 is the count read (`20户` → 20 户, `百余处` → 100 处
 * with its 〔约数〕 tag, by readField), and 已整改数 the figure in 整改情况 (`已整改18户` → 18, `已维修2盏` → 2, `5个` → 5;
 * `已整改约90处` → 90 with a 〔约数〕已整改数 tag, new-user test 40, D14); a status with no figure is all (`已整改`, listed as
 * a guess) or none (`整改中`) of the count; a figure after 未/待/尚 (`未整改3处`) is what is left.
 * A count typed in a word the 单位 list lacks is counted as `个` when it counts things one by one (`3盏`), listed as a
 * guess in place of the unit warning (itemUnit). A blank or unreadable count is never taken as 1 (new-user test 40, D14:
 * that invented a 100 % rate): 发现数 is left blank, 已整改数 too unless 整改情况 gives a figure or says none is done, and
 * `countCell` (the count column's cell, `问题清单!B5`) is said in `findings` so that the office fills it. Mutates the row
 * and the findings.
 */
function countedProblem(row: DraftRow, status: { text: string; cell: string } | undefined, countCell: string, findings: ImportFinding[]): void {
  const found = row.values.get("发现数");
  const known = typeof found === "number";
  if (!known && !findings.some((f) => f.cell === countCell)) {
    findings.push({ severity: "warning", rule: "import.count-missing", cell: countCell, message: `${countCell}：未写问题的数量，发现数未填写（不按1计），请在标准台账中补填。` });
  }
  if (!status) {
    if (!known) return;
    row.values.set("已整改数", 0);
    row.guesses.push({ field: "已整改数", value: "0", basis: "未写整改情况，按未整改计" });
    return;
  }
  // A figure of a date (`已于5月10日整改完成`, `2025.5.10已整改`) is no count.
  const digits = figuresOf(status.text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  const figure = /(?<![\d年月.\-/])(\d+(?:\.\d+)?)(?![\d年月日号.\-/:：])/u.exec(digits);
  const done = rectifiedByStatus(status.text);
  if (figure) {
    const n = Number(figure[1]);
    const left = /[未待尚剩]/u.test(digits.slice(0, figure.index));
    if (left && !known) {
      row.remarks.push(`整改情况：${status.text}`);
      return;
    }
    row.values.set("已整改数", left ? Math.max((found as number) - n, 0) : n);
    if (left) row.guesses.push({ field: "已整改数", value: String(Math.max((found as number) - n, 0)), from: status.cell, basis: `“${status.text}”是尚未整改的数量，按发现数${String(found)}减去计` });
    else {
      // A rough figure (`已整改约90处`, `已整改80余处`) keeps its 〔约数〕 tag, as 规范数据 writes it.
      const rough = /(?:大约|将近|约|近)$/u.exec(digits.slice(0, figure.index))?.[0] ?? "";
      const rest = /^(?:余|多)?[处户家个起件间条]?/u.exec(digits.slice(figure.index + figure[0].length))?.[0] ?? "";
      const typed = `${rough}${figure[1]}${rest}`;
      const read = readNumber(typed);
      if (read.kind === "number" && read.approx) row.remarks.push(formatApproxTag("已整改数", typed));
    }
    return;
  }
  if (!known) {
    if (done === 0) row.values.set("已整改数", 0);
    row.remarks.push(`整改情况：${status.text}`);
    return;
  }
  row.values.set("已整改数", done === 1 ? found : 0);
  if (done === 1 && found !== 1) row.guesses.push({ field: "已整改数", value: String(found), from: status.cell, basis: `“${status.text}”未写数量，按全部${found}${String(row.values.get("单位") ?? "")}已整改计` });
  if (done !== 1) row.remarks.push(`整改情况：${status.text}`);
  if (done === undefined) row.guesses.push({ field: "已整改数", value: "0", from: status.cell, basis: `“${status.text}”看不出是否已整改，按未整改计` });
}

/**
 * `text` with each count in Chinese numerals written in digits (`已整改二十处` → `已整改20处`, `两百余处` → `200余处`,
 * `十五` at the end → `15`), read by readNumber as 发现数 is (new-user test 42, D19: `已整改二十处` was taken as no figure
 * and so as all of the count). Only a numeral followed by 余/多, a measure word of problems or the end is a count:
 * `一并整改`, `一律` keep their words.
 */
function figuresOf(text: string): string {
  return text.replace(/([零〇一二两三四五六七八九十百千万]+)((?:余|多)?(?:处|户|家|个|起|件|间|条|宗|块|盏|台|辆|棵|栋|座|根|杆)|(?:余|多)?$)/gu, (whole, numeral: string, rest: string) => {
    const read = readNumber(numeral);
    return read.kind === "number" && Number.isInteger(read.value) && !read.approx ? `${String(read.value)}${rest}` : whole;
  });
}

/**
 * A 问题清单 whose count column was left out of the import (`数量 → 不导入`, a mapping file's null): each problem is then
 * counted 1, whatever the column says (`20户`), so the import says it loudly at the column's header (new-user test 38, D16).
 * A column is a count column when its header is the list's 发现数 column or a synonym of it.
 */
function countLeftOut(ctx: BlockContext): ImportFinding[] {
  const column = ctx.mapping.kind?.columns.find((c) => c.field?.id === "found");
  if (!column) return [];
  const words = new Set([column.header, ...column.synonyms].map(headerStem));
  const headerRow = ctx.block.headerRows[ctx.block.headerRows.length - 1];
  return ctx.mapping.columns
    .filter((m) => !m.personal && words.has(headerStem(m.source.header)) && m.target?.field?.id !== "found")
    .map((m) => {
      const cell = ctx.name(headerRow, m.source.col);
      return { severity: "warning" as const, rule: "import.count-left-out", cell, message: `${cell}：“${m.source.header}”列未导入，每个问题只按发现数1计，问题总数和整改率会与原表不符；如该列是问题的数量，请在映射中把它对应到“发现数”。` };
    });
}

/**
 * A 问题清单 column left out (no target, no personal data, no 序号) of which at least half the values are figures, in a
 * list with no column of 已整改数 nor of 整改情况: it may hold the 已整改数 (`改了多少 | 7`), so that is left blank rather
 * than 0 (new-user test 55, D1). The column and its header cell as a finding, or undefined.
 */
function rectifiedLeftOut(ctx: BlockContext): { col: number; finding: ImportFinding } | undefined {
  const { grid, block, mapping } = ctx;
  if (mapping.columns.some((m) => m.target?.shape?.role === "status")) return undefined;
  const m = mapping.columns.find((c) => {
    // A date's column (`检查时间` of serials) holds no count.
    if (c.target || c.personal || SEQUENCE_HEADERS.includes(headerStem(c.source.header)) || /时间|日期|时限|期限/u.test(c.source.header)) return false;
    const values = block.dataRows.map((r) => cellAt(grid, r, c.source.col)).filter((v) => readText(v) !== "");
    return values.length > 0 && values.filter((v) => readNumber(v).kind === "number").length * 2 >= values.length;
  });
  if (!m) return undefined;
  const cell = ctx.name(block.headerRows[block.headerRows.length - 1], m.source.col);
  return { col: m.source.col, finding: { severity: "warning", rule: "import.rectified-left-out", cell, message: `${cell}：“${m.source.header}”列未导入，已整改数未填写（不按0计），请核对后在标准台账中补填。` } };
}

/** A date text that names its year: four digits (`2025.5.20`, `5月20日，2025`) or a two-digit year first (`25.5.20`, `25年5月`). */
const YEAR_TYPED = /(?:19|20)\d{2}|^\s*\d{2}\s*[年./-]\s*\d{1,2}\s*[月./-]/u;

/**
 * A column left out whose cell says only how often (`时间 | 每周一次` of a 志愿服务 row counted in 次, now a 其他指标 figure:
 * new-user test 71, D8) goes to the ledger's 频次 (catalog `frequency`, 其他指标 and 组织保障), never dropped: the
 * summary tells it as `坚持每周……`. Returns the left-out cells still to place (mutates the row and its fates).
 */
function keepFrequency(ledger: LedgerSpec, row: DraftRow, rowFates: DraftFate[], leftOut: readonly LeftOut[]): readonly LeftOut[] {
  const column = ledger.columns.find((c) => c.id === "frequency");
  if (!column || row.values.has(column.header)) return leftOut;
  const at = leftOut.findIndex((l) => l.text.trim().length <= (column.maxLength ?? 20) && frequencyOf(l.text)?.text !== undefined && /^每/u.test(l.text.trim()));
  if (at < 0) return leftOut;
  const l = leftOut[at];
  row.values.set(column.header, l.text.trim());
  rowFates[l.at] = { cell: l.cell, status: "imported", row, header: column.header };
  return leftOut.filter((_, i) => i !== at);
}

/** A cell of a column left out of the import (no target), with the source header and where its fate is in the row's fates. */
interface LeftOut {
  readonly cell: string;
  readonly text: string;
  readonly header: string;
  readonly at: number;
}

/**
 * A row that lacks a field its ledger requires (活动名称, 问题类别) while a column was left out (`活动名目 → 不导入`): the
 * left-out text goes to 备注 with its header (`活动名目：清明文明祭扫宣传`), as 宣传投放's `品名：宣传横幅` is kept, so that
 * nothing typed is lost and the row can be completed or reclassified from its own words (new-user test 35, D7). 单位 is
 * not counted (it is filled from the figures), nor an enumeration the row's words already give; a 序号 or 状态 column is never left-out text.
 */
function keepLeftOut(catalog: Catalog, ledger: LedgerSpec, row: DraftRow, rowFates: DraftFate[], leftOut: readonly LeftOut[]): void {
  if (!leftOut.length) return;
  const named = ledger.columns.filter((c) => WORD_FIELDS.includes(c.id)).map((c) => row.values.get(c.header)).filter((v): v is string => typeof v === "string");
  const words = `${named.join(" ")} ${row.remarks.join(" ")}`;
  // An enumeration is lacking only in a row with no name or content of its own that tells it: completeRow fills 活动类型
  // from an activity's name (其他 at worst), and 问题类别 from a problem's words.
  const lacking = ledger.columns.some((c) => c.required && c.type !== "formula" && c.id !== "unit" && !row.values.has(c.header) && !row.unlisted.has(c.header) && (c.type !== "enum" || (!named.length && !enumByWords(catalog, ledger.id, c.id, words))));
  if (!lacking) return;
  // First in 备注, in column order: the row's own name, before the notes of other columns (a 其他 problem is named by it).
  const kept = leftOut.map((l) => ({ l, text: hasContactData(l.text) ? withoutContactNumbers(l.text) : l.text })).filter((k) => k.text);
  // A problem the list lacks is written bare (`楼道堆物`), as readField writes a 问题类别 typed off the list: the summary
  // names a 其他 problem by its 备注, never by a header (`查到的事：…`).
  // A date or time column left out (`整改时间` 2025.4) names no problem: it goes last, with its header, as other columns'
  // notes do (`整改时间：2025.4`; new-user test 59, D22: never `2025.4；大门口家长接送车辆乱停`).
  const bare = ledger.id === "rectification";
  const dated = (k: (typeof kept)[number]): boolean => /(?:时间|日期|时限|期限|年月|月份)$/u.test(headerStem(k.l.header)) || /^\d{4}[.\-/年]\d{1,2}(?:[.\-/月]\d{1,2}日?|月)?$/u.test(k.text.trim());
  row.remarks.unshift(...kept.filter((k) => !dated(k)).map((k) => (bare ? k.text : `${headerStem(k.l.header)}：${k.text}`)));
  row.remarks.push(...kept.filter(dated).map((k) => `${headerStem(k.l.header)}：${k.text}`));
  for (const l of leftOut) {
    rowFates[l.at] = { cell: l.cell, status: "imported", row, header: REMARK };
  }
}

/**
 * A thing the ledger's list lacks (`读书角提示牌` under 项目 of a 宣传投放 list): the row is 其他 (completeRow), and the
 * typed name goes where the summary reads what a 其他 row is — the ledger's `otherNamedBy` column (宣传投放's
 * 位置或内容, catalog LedgerSpec.otherNamedBy), as 规范数据 puts it (plan-fixes `fixToOther`). A place typed into that
 * column (`正门` under 地点) moves to 备注 with its header (`地点：正门`), so that the summary never names the thing by
 * its place (`设置正门8条`: new-user test 25, D9). Nothing typed is lost; the fates say where each cell went.
 */
function nameOtherThing(ledger: LedgerSpec, mapping: BlockMapping, row: DraftRow, rowFates: DraftFate[]): void {
  const kind = ledger.columns.find((c) => c.id === "kind");
  const named = ledger.otherNamedBy ? ledger.columns.find((c) => c.id === ledger.otherNamedBy) : undefined;
  const typed = kind ? row.unlisted.get(kind.header) : undefined;
  if (!kind || !named || !typed || row.values.has(kind.header) || typed.text.length > (named.maxLength ?? 200)) return;
  const before = row.values.get(named.header);
  if (typeof before === "string" && before === typed.text) return;
  // The typed word was kept in 备注 as `项目：读书角提示牌`: it is now the named column's own value.
  const kept = row.remarks.findIndex((r) => r === typed.text || r.endsWith(`：${typed.text}`));
  if (kept >= 0) row.remarks.splice(kept, 1);
  if (before !== undefined && before !== "") {
    const source = mapping.columns.find((m) => m.target?.field?.header === named.header)?.source;
    const label = source ? headerStem(source.parts[source.parts.length - 1] ?? source.header) : named.header;
    row.remarks.unshift(`${label}：${String(before)}`);
    rowFates.forEach((f, i) => {
      if (f.status === "imported" && f.header === named.header) rowFates[i] = { ...f, header: REMARK };
    });
  }
  row.values.set(named.header, typed.text);
  rowFates.forEach((f, i) => {
    if (f.status === "imported" && f.cell === typed.cell) rowFates[i] = { ...f, header: named.header };
  });
}

/**
 * A table split by a column of categories (`类别 | 工作内容 | 数量`, map-columns splitByCategory) whose 工作内容 gave a
 * 宣传投放 row its 类型 (`大堂LED屏播放公益广告` → 公益广告): the text goes to the column a 其他 row's text goes to (the
 * ledger's `otherNamedBy`, 位置或内容; nameOtherThing) when that is blank, never to 备注 on one row and 位置或内容 on the
 * next (new-user test 69, D9). Mutates the row.
 */
function typedThingKept(ledger: LedgerSpec, mapping: BlockMapping, row: DraftRow, r: number, ctx: BlockContext): void {
  const kind = ledger.columns.find((c) => c.id === "kind");
  const named = ledger.otherNamedBy ? ledger.columns.find((c) => c.id === ledger.otherNamedBy) : undefined;
  if (!kind || !named || row.values.has(named.header) || !mapping.columns.some((m) => m.category)) return;
  const source = mapping.columns.find((m) => m.target?.field?.header === kind.header)?.source;
  const typed = source ? readText(cellAt(ctx.grid, r, source.col)).trim() : "";
  if (!source || !typed || typed === row.values.get(kind.header) || typed.length > (named.maxLength ?? 200)) return;
  const kept = row.remarks.indexOf(`${headerStem(source.header)}：${typed}`);
  if (kept < 0) return;
  row.remarks.splice(kept, 1);
  row.values.set(named.header, typed);
}

/** A 花名册's title or sheet name without its year and list words (`家长志愿者名单` → `家长志愿者`). */
const rosterStem = (text: string): string => text.replace(/\d{4}\s*年|上半年|下半年|花名册|名册|名单|登记表|一览表|统计表|台账/gu, "").trim();

/**
 * The team of a 花名册 that names none in its rows: by its title, else by its sheet name when that says a team
 * (`家长志愿者名单` → `家长志愿者队`; new-user test 52, D20), else the unit's (`锦华苑小区物业服务中心志愿服务队`; new-user
 * test 56, D10), else `志愿服务队`. People named as a group (`…志愿者`) become their team (`…志愿者队`); a sheet's default
 * name (`Sheet1`, `工作表1`) says nothing, and neither does a file's (`c-志愿者花名册.csv`): pass `sheet` empty for it.
 * `unit`: the unit's name as import resolved it, or empty.
 */
export function rosterTeamName(title: string, sheet: string, unit = ""): string {
  const fromSheet = rosterStem(sheet);
  const stem = rosterStem(title) || (/志愿|服务|队|岗|协会/u.test(fromSheet) ? fromSheet : "");
  if (!stem || /^(?:志愿者?|志愿服务|义工)$/u.test(stem)) return `${unit.trim()}志愿服务队`;
  return /(?:志愿者|义工)$/u.test(stem) ? `${stem}队` : stem;
}

/** A 花名册: one ledger row per team, 注册人数 the people counted, hours and times summed. */
function groupRows(ctx: BlockContext): { rows: DraftRow[]; fates: DraftFate[]; findings: ImportFinding[] } {
  const { grid, block, mapping } = ctx;
  const teams = new Map<string, DraftRow>();
  const fates: DraftFate[] = [];
  const findings: ImportFinding[] = [];
  const groupCol = mapping.columns.find((m) => m.target?.shape?.role === "group" && !m.personal);
  const fallback = rosterTeamName(block.title, ctx.sheetIsFile ? "" : grid.name, ctx.unit);
  const approxParts = new Map<DraftRow, Map<string, string[]>>();
  for (const r of block.dataRows) {
    const rowFates: DraftFate[] = [];
    const groupText = groupCol ? readText(cellAt(grid, r, groupCol.source.col)) : "";
    const name = groupText || fallback;
    let team = teams.get(name);
    const fresh = !team;
    team ??= newRow();
    let counted = false;
    for (const m of mapping.columns) {
      const v = cellAt(grid, r, m.source.col);
      const text = readText(v);
      if (text === "") continue;
      const cell = ctx.name(r, m.source.col);
      const role = m.target?.shape?.role;
      if (role === "group" && !m.personal) {
        rowFates.push({ cell, status: "imported", row: team, header: "队伍名称" });
      } else if (role === "count") {
        counted = true;
        rowFates.push({ cell, status: "skipped", reason: "personal", detail: "计入注册人数" });
      } else if (role === "collect" && m.target?.field) {
        // Distinct values in the order met (交通劝导、文明宣传), as long as the field holds them.
        const header = m.target.field.header;
        const before = team.values.get(header);
        const list = typeof before === "string" && before ? before.split("、") : [];
        const joined = [...list, text].join("、");
        if (!list.includes(text) && joined.length <= (m.target.field.maxLength ?? 200)) team.values.set(header, joined);
        rowFates.push({ cell, status: "imported", row: team, header });
      } else if (role === "sum" && m.target?.field) {
        const n = readNumber(v);
        if (n.kind !== "number" || n.value < 0) {
          rowFates.push({ cell, status: "skipped", reason: "unreadable", detail: m.target.field.header });
          findings.push({ severity: "warning", rule: "import.unreadable", cell, message: `${cell}：“${text}”无法读作${m.target.field.header}，未计入。` });
          continue;
        }
        const header = m.target.field.header;
        const before = team.values.get(header);
        team.values.set(header, Math.round(((typeof before === "number" ? before : 0) + n.value) * 100) / 100);
        // An approximate part (`约20`) makes the sum approximate: tagged in 备注 below (new-user test 25, D19).
        if (n.approx) approxParts.set(team, new Map([...(approxParts.get(team) ?? []), [header, [...(approxParts.get(team)?.get(header) ?? []), n.approx.kind]]]));
        rowFates.push({ cell, status: "imported", row: team, header });
      } else {
        rowFates.push({ cell, status: "skipped", reason: skipOf(m), ...(m.target || m.personal ? {} : { detail: m.source.header }) });
      }
    }
    if (!counted && !rowFates.some((f) => f.status === "imported")) {
      fates.push(...rowFates);
      continue;
    }
    if (fresh) {
      teams.set(name, team);
      team.values.set("队伍名称", name);
      if (!groupText) team.guesses.push({ field: "队伍名称", value: name, basis: ctx.unit && name === `${ctx.unit.trim()}志愿服务队` ? "花名册未写所属队伍，按单位名称命名" : "花名册未写所属队伍，按表名命名" });
    }
    team.values.set("注册人数", (Number(team.values.get("注册人数")) || 0) + 1);
    fates.push(...rowFates);
  }
  // A sum with approximate parts stays approximate (`〔约数〕服务时长（小时）：约40`), never an exact 40 (new-user test 25, D19).
  for (const [team, byHeader] of approxParts) {
    for (const [header, kinds] of byHeader) {
      const word = approxOfSum(kinds);
      const total = team.values.get(header);
      team.remarks.push(formatApproxTag(header, word === "余" ? `${total}余` : `${word}${total}`));
    }
  }
  return { rows: [...teams.values()], fates, findings };
}

/** Words of a group header that say only that figures follow (`出动情况` → 出动, `清理统计` → 清理). */
const GROUP_FILLER = /(?:情况|统计|数量|数据|工作|合计|小计|汇总)$/u;

/** 指标名称 of a figure column: the group header's action and the column's thing (`出动情况/人员（人次）` → 出动人员). */
function figureName(parts: readonly string[], max: number): string {
  const stems = parts.map((p) => headerStem(p));
  const thing = stems[stems.length - 1] ?? "";
  const group = stems.length > 1 ? stems[0].replace(GROUP_FILLER, "") : "";
  const name = group && !thing.startsWith(group) ? `${group}${thing}` : thing;
  return name.length <= max ? name : name.slice(0, max);
}

/** 表述 of a sum: 精确 when every part is exact; 余/约/近 when the approximate parts all say so, else 约. */
function approxOfSum(kinds: readonly string[]): string {
  if (kinds.length === 0) return "精确";
  const word: Record<string, string> = { over: "余", about: "约", nearly: "近" };
  return new Set(kinds).size === 1 ? word[kinds[0]] ?? "约" : "约";
}

/**
 * A table of figures per place (one row per village, one column per figure): one 其他指标 row per
 * figure column, its values summed over the rows; 指标名称 from the header (group and column), 单位
 * from the header's note, 表述 余/约/近 when a part was approximate (that part named in 备注:
 * `含河湾村80余人次`). The names of the places are counted in, not copied one by one.
 */
function columnRows(ctx: BlockContext): { rows: DraftRow[]; fates: DraftFate[]; findings: ImportFinding[] } {
  const { grid, block, mapping } = ctx;
  const ledger = mapping.kind!.ledger;
  const fates: DraftFate[] = [];
  const findings: ImportFinding[] = [];
  const rows: DraftRow[] = [];
  const labelCol = mapping.columns.find((m) => m.target?.shape?.role === "label");
  const nameMax = fieldOf(ledger, "指标名称")?.maxLength ?? 60;
  const unitMax = fieldOf(ledger, "单位")?.maxLength ?? 4;
  const figures = new Map<number, { row: DraftRow; sum: number; approx: string[]; parts: string[] }>();
  for (const m of mapping.columns) {
    if (m.target?.shape?.role !== "figure") continue;
    const row = newRow();
    row.values.set("指标名称", figureName(m.source.parts.length ? m.source.parts : [m.source.header], nameMax));
    if (m.unit && m.unit.length <= unitMax) row.values.set("单位", m.unit);
    figures.set(m.source.col, { row, sum: 0, approx: [], parts: [] });
    rows.push(row);
  }
  for (const r of block.dataRows) {
    const place = labelCol ? readText(cellAt(grid, r, labelCol.source.col)) : "";
    for (const m of mapping.columns) {
      const v = cellAt(grid, r, m.source.col);
      const text = readText(v);
      if (text === "") continue;
      const cell = ctx.name(r, m.source.col);
      const role = m.target?.shape?.role;
      if (role === "label") {
        fates.push({ cell, status: "skipped", reason: "unmapped", detail: "按列汇总，名称不单独写入" });
        continue;
      }
      const figure = role === "figure" ? figures.get(m.source.col) : undefined;
      if (!figure) {
        fates.push({ cell, status: "skipped", reason: skipOf(m), ...(m.target || m.personal ? {} : { detail: m.source.header }) });
        continue;
      }
      const n = readNumber(v);
      if (n.kind !== "number" || n.value < 0 || n.percent) {
        fates.push({ cell, status: "skipped", reason: "unreadable", detail: "数值" });
        findings.push({ severity: "warning", rule: "import.unreadable", cell, message: `${cell}：“${text}”无法读作数字，未计入${String(figure.row.values.get("指标名称"))}的合计。` });
        continue;
      }
      figure.sum += n.value;
      if (n.approx) {
        figure.approx.push(n.approx.kind);
        const unit = n.unit ?? m.unit ?? "";
        figure.parts.push(`${place}${n.typed ?? text}${n.unit ? "" : unit}`);
      }
      fates.push({ cell, status: "imported", row: figure.row, header: "数值" });
    }
  }
  for (const f of figures.values()) {
    f.row.values.set("数值", Math.round(f.sum * 1e6) / 1e6);
    f.row.values.set("表述", approxOfSum(f.approx));
    if (f.parts.length) f.row.remarks.push(`含${f.parts.join("、")}`);
  }
  return { rows: rows.filter((row) => fates.some((f) => f.status === "imported" && f.row === row)), fates, findings };
}

/**
 * A 系统内 honour's 荣誉名称 says 系统内 (`先进个人` with 级别 `系统内` → `系统内先进个人`), so that the summary tells it as
 * conferred by the 系统, `1人获评系统内“先进个人”`, not as the unit's own (domain `SYSTEM_HONOUR`; new-user test 27, D15).
 */
function systemTitle(ledger: LedgerSpec, row: DraftRow, words: string): void {
  const title = ledger.id === "honors" ? ledger.columns.find((c) => c.id === "title") : undefined;
  const named = title ? row.values.get(title.header) : undefined;
  if (!title || typeof named !== "string" || !named || SYSTEM_HONOUR.test(named) || !/系统内/u.test(words)) return;
  row.values.set(title.header, `系统内${named}`);
}

/**
 * An activity whose 活动名称 names a festival of 我们的节日 (`端午包粽子`, `清明祭扫`; catalog `festivals` and
 * `festivalAliases`) is 我们的节日 whatever type word was typed outside the list (`节日`, `文艺`): the guess from the type
 * word alone gives way to the name (new-user test 38, D17: `按“节日”归为文体活动`). A list value typed is kept.
 */
function festivalByName(catalog: Catalog, ledger: LedgerSpec, row: DraftRow): void {
  if (ledger.id !== "activities") return;
  const kind = ledger.columns.find((c) => c.id === "kind");
  const name = ledger.columns.find((c) => c.id === "name");
  const typed = name ? row.values.get(name.header) : undefined;
  const at = kind ? row.guesses.findIndex((g) => g.field === kind.header) : -1;
  if (!kind || typeof typed !== "string" || at < 0 || row.values.get(kind.header) === "我们的节日" || !namesTraditionalFestival(catalog, typed)) return;
  row.values.set(kind.header, "我们的节日");
  const said = typed.length > 20 ? `${typed.slice(0, 20)}…` : typed;
  row.guesses[at] = { ...row.guesses[at], value: "我们的节日", basis: `按“${said}”归为我们的节日` };
}

/**
 * The 活动类型 an activity table is named for: the one list value (not 其他) its title or sheet name says alone
 * (`城关营业厅2026年上半年志愿服务情况统计表`, a sheet `志愿服务`), never one joined with other work by 及/和/与/、
 * (`志愿服务及义诊活动统计表`). Every row of such a table is of that type (new-user test 63, D4).
 */
function typeOfTable(values: readonly string[], title: string): { value: string; said: string } | undefined {
  const found = title.split(/\s+/u).filter((part) => !/[：:]/u.test(part)).flatMap((part) => {
    const types = values.filter((v) => v !== "其他" && part.includes(v));
    return types.length === 1 && !/[及和与、暨]/u.test(part) ? [{ value: types[0], said: part }] : types.map((value) => ({ value, said: "" }));
  });
  const distinct = new Set(found.map((f) => f.value));
  const alone = found.find((f) => f.said);
  return distinct.size === 1 && alone ? alone : undefined;
}

/** Fills what a ledger requires and the table did not give: 单位, enumerations by the classifier, 人数 of an honour by its names. */
function completeRow(catalog: Catalog, ledger: LedgerSpec, row: DraftRow, mapping: BlockMapping, title: string): void {
  // The words that say what the row is about: its name, content and remarks (not its place or host, `志愿服务站`).
  const named = ledger.columns.filter((c) => WORD_FIELDS.includes(c.id)).map((c) => row.values.get(c.header)).filter((v): v is string => typeof v === "string");
  const words = `${named.join(" ")} ${row.remarks.join(" ")}`;
  const guess = (field: string, value: string, basis: string): void => {
    row.values.set(field, value);
    row.guesses.push({ field, value, basis });
  };
  systemTitle(ledger, row, words);
  festivalByName(catalog, ledger, row);
  for (const field of ledger.columns) {
    if (row.values.has(field.header) || field.type === "formula") continue;
    if (field.id === "unit") {
      const unit = unitFor(ledger, row, mapping);
      if (unit) guess(field.header, unit.value, unit.basis);
      continue;
    }
    if (!field.required) {
      // An optional enumeration is filled only when the row's words (or the table's title) say it (方式 发放 of a 发放登记).
      const said = field.type === "enum" ? enumByWords(catalog, ledger.id, field.id, `${words} ${title}`) : undefined;
      // `新换了8块` of a row of 12: 更换 would make all 12 replaced, so a 方式 said of another count is no guess (new-user test 48, D16).
      const partOnly = said !== undefined && field.id === "mode" && row.remarks.some((r) => enumByWords(catalog, ledger.id, field.id, r) === said && partCount(r, row.values.get("数量")));
      if (said && !partOnly) guess(field.header, said, `按本行文字${title ? "和表名" : ""}归为${said}`);
      continue;
    }
    if (ledger.id === "figures" && field.id === "section") {
      // The row's words (清运垃圾 → 环境整治), else the table's title (人居环境整治统计表).
      const byRow = placementByWords(words)?.section;
      const section = byRow ?? placementByWords(title)?.section;
      const name = catalog.sections.find((s) => s.id === section)?.name ?? "其他";
      guess(field.header, name, section ? `按${byRow ? "本行文字" : "表名"}归入${name}` : `本行文字和表名看不出板块，归入${name}`);
      continue;
    }
    if (ledger.id === "honors" && field.id === "level" && /系统内/u.test(words)) {
      // A 系统内 honour is stated, not unreadable: 本单位 (the list's nearest; new-user test 27, D15: never 社区/村).
      guess(field.header, "本单位", "本行写明“系统内”，是本系统评选的荣誉，级别没有此项，按本单位计，总结中写作获评系统内荣誉");
      continue;
    }
    const ofTable = ledger.id === "activities" && field.id === "kind" ? typeOfTable(field.values ?? [], title) : undefined;
    if (ofTable) {
      guess(field.header, ofTable.value, `表名“${ofTable.said}”写明是${ofTable.value}，按${ofTable.value}计`);
      continue;
    }
    if (field.type === "enum") {
      const byWords = enumByWords(catalog, ledger.id, field.id, words);
      // The reason cites the text that made the guess (问题描述, not the 发现时间 kept before it; new-user test 32, D13).
      const said = [...named, ...row.remarks].find((text) => enumByWords(catalog, ledger.id, field.id, text) === byWords) ?? named[0] ?? row.remarks[0] ?? "";
      if (byWords) guess(field.header, byWords, `按“${said.length > 20 ? `${said.slice(0, 20)}…` : said}”归为${byWords}`);
      else if (field.values?.includes("其他")) {
        const typed = row.unlisted.get(field.header)?.text;
        const into = typed !== undefined && ledger.otherNamedBy ? ledger.columns.find((c) => c.id === ledger.otherNamedBy) : undefined;
        const keptIn = into && row.values.get(into.header) === typed ? into.header : REMARK;
        guess(field.header, "其他", typed ? `“${typed}”不在${field.header}的可选项中，归为其他（原文记入${keptIn}）` : ledger.id === "rectification" && field.id === "kind" && isIndoorClutter(words) ? "本行是楼内堆物，不属占道堆放，归为其他（原文在备注中）" : "本行文字看不出类别，归为其他");
      }
      else if (ledger.id === "honors" && field.id === "level") guess(field.header, "社区/村", "本行看不出表彰级别，按社区/村计");
      else if (ledger.id === "volunteers" && field.id === "kind") guess(field.header, "综合志愿者", "队伍名称看不出类型，按综合志愿者计");
      continue;
    }
    if (ledger.id === "honors" && field.id === "people") {
      const names = row.values.get("姓名");
      const count = typeof names === "string" ? names.split(/[、，,；;\s]+/u).filter(Boolean).length : 1;
      guess(field.header, String(count), typeof names === "string" ? "按姓名个数计" : "未写人数，按1人计");
      row.values.set(field.header, count);
    }
  }
}

/** The measure word of a row without one: from the column's header or values, else the ledger's usual word. */
function unitFor(ledger: LedgerSpec, row: DraftRow, mapping: BlockMapping): { value: string; basis: string } | undefined {
  const allowed = ledger.columns.find((c) => c.id === "unit")?.values;
  const fromColumn = mapping.columns.find((m) => m.unit && m.target?.field && (m.target.field.type === "int" || m.target.field.type === "num") && m.target.field.id !== "hours" && m.target.field.id !== "amount");
  if (fromColumn?.unit && (!allowed || allowed.includes(fromColumn.unit)) && row.values.has(fromColumn.target!.field!.header)) return { value: fromColumn.unit, basis: `按表头“${fromColumn.source.header}”` };
  if (ledger.id === "activities") return row.values.has("参与数量") ? { value: "人", basis: "表头未写人或人次，按人计" } : undefined;
  if (ledger.id === "publicity") {
    const kind = row.values.get("类型");
    // A thing the list lacks counted in a word the list lacks (`宣传手册 | 500本`): `个` would be a guess of both, so
    // 单位 stays blank and 规范检查 asks for it (new-user test 34, D8), never `其他…500个`.
    if (kind === "其他" && row.unitTyped) return undefined;
    // Counted in batches or occasions (`宣传栏 | 3批`): the things' usual word would turn 3 batches into 3 块 (new-user test
    // 42, D21), so 单位 stays blank, the figure as typed in 备注.
    if (row.unitTyped && BATCH_WORD.test(row.unitTyped.unit)) return undefined;
    // A word of people or occasions typed in a 单位 column of its own (`3 | 次`, `45 | 人`): never replaced by the usual word
    // (new-user test 66, D1: `学雷锋便民服务日 3次` became 3个); 单位 stays blank for check to ask, the word kept in 备注.
    // A word of things the list lacks (`本` of a 手册) still takes the kind's usual word (份).
    const apart = row.unlisted.get("单位")?.text;
    if (apart !== undefined && (NOT_PUBLICITY_UNIT.test(apart) || BATCH_WORD.test(apart))) return undefined;
    const word = typeof kind === "string" ? publicityUnitOfKind[kind] : undefined;
    return word ? { value: word, basis: `${kind}通常以“${word}”计` } : undefined;
  }
  if (ledger.id === "rectification") return { value: "处", basis: "问题按“处”计" };
  return undefined;
}

/** A total row's own word: a 小计 adds up part of the table, a 合计/总计 the whole of it. */
const SUBTOTAL = /小\s*计/u;

/** The sum of one column over some data rows: the figure, the measure words typed, whether any is rough, the cells of each word. */
interface ColumnSum {
  readonly sum: number;
  readonly approx: boolean;
  /** Measure word → the cells typed with it (`户` → [活动记录!F9]). */
  readonly units: ReadonlyMap<string, readonly { readonly cell: string; readonly typed: string }[]>;
}

/**
 * Each 合计/小计/总计 row checked against the data rows above it. A 小计 covers the rows since the previous
 * total row; a 合计/总计 covers every data row since the previous 合计/总计 — the 小计 rows themselves left out —
 * and is also accepted when it equals only the rows since the last 小计 (new-user test 34, D9: `小计 285`,
 * `20户`, `合计 305人` was reported as 305 against 20). Figures typed in different measure words (`35人`, `20户`)
 * are never added up: such a total is said to be uncheckable, naming the odd cells. A sum with a rough figure
 * (约120, 百余) is compared roughly: within a fifth of the total a milder warning says the two differ and cannot be
 * checked exactly (`import.total-rough`, new-user test 39, D17), beyond it the sum is said as `约`. Anything else that
 * differs is a warning naming the cell, both figures and the column.
 */
function checkTotals(ctx: BlockContext): ImportFinding[] {
  const { grid, block, mapping } = ctx;
  const findings: ImportFinding[] = [];
  // Every figure column, also money kept in 备注 for want of a field (经费 of an activity list: new-user test 25, D10).
  const money = (m: ColumnMatch): boolean => mapping.kind !== undefined && m.target?.field?.id === "remark" && isMoneyColumn(mapping.kind, m.source);
  const numeric = mapping.columns.filter((m) => ((m.target?.field && (m.target.field.type === "int" || m.target.field.type === "num")) || money(m)) && !m.personal);
  const rowText = (r: number): string => (grid.values[r - grid.originRow] ?? []).map((v) => readText(v ?? null)).join("");
  const sumOver = (rows: readonly number[], col: number): ColumnSum => {
    let sum = 0;
    let approx = false;
    const units = new Map<string, { cell: string; typed: string }[]>();
    for (const r of rows) {
      const n = readNumber(cellAt(grid, r, col));
      if (n.kind !== "number") continue;
      sum += n.value;
      if (n.approx) approx = true;
      if (n.unit) units.set(n.unit, [...(units.get(n.unit) ?? []), { cell: ctx.name(r, col), typed: n.typed }]);
    }
    return { sum, approx, units };
  };
  let fromAny = 0;
  let fromWhole = 0;
  for (const t of block.totalRows) {
    const sub = SUBTOTAL.test(rowText(t));
    const summed = block.totalOver ?? block.dataRows;
    const sinceAny = summed.filter((r) => r < t && r > fromAny);
    const whole = sub ? sinceAny : summed.filter((r) => r < t && r > fromWhole);
    for (const m of numeric) {
      const total = readNumber(cellAt(grid, t, m.source.col));
      if (total.kind !== "number") continue;
      const sums = [sumOver(whole, m.source.col), ...(whole.length !== sinceAny.length ? [sumOver(sinceAny, m.source.col)] : [])];
      const s = sums[0];
      const cell = ctx.name(t, m.source.col);
      const header = headerStem(m.source.parts[m.source.parts.length - 1] ?? m.source.header);
      const said = money(m) ? header : m.source.header;
      const went = money(m) ? `各行的${header}已记入备注` : "导入的是各行数字";
      // The measure word typed in the total, else the header's (`数量（块）`), else the one most rows were typed in.
      const byCount = [...s.units.entries()].sort((a, b) => b[1].length - a[1].length);
      const stated = total.unit ?? m.unit;
      const unit = stated ?? byCount[0]?.[0] ?? "";
      const fmt = (x: number, about = false): string => `${about ? "约" : ""}${Math.round(x * 100) / 100}${unit}`;
      // Money words (`元`, `1.5万` read as 元) are one measure: only counts in other words are never added up.
      const other = byCount.filter(([u]) => u !== unit && !(MONEY_UNIT.test(u) && MONEY_UNIT.test(unit)));
      const odd = other.flatMap(([, cells]) => cells);
      // Neither the total nor the header says a word, and the rows say several (`12块`, `3个`, `20条` over `35`): each is named.
      if (stated === undefined && odd.length) {
        const all = byCount.flatMap(([, cells]) => cells).sort((a, b) => a.cell.localeCompare(b.cell, "en", { numeric: true }));
        findings.push({ severity: "warning", rule: "import.total-mixed-units", cell, message: `${cell}：合计行“${said}”为${Math.round(total.value * 100) / 100}，上方各行的单位不一（${all.map((o) => `${o.cell}为${o.typed}`).join("、")}），不能相加，合计未作核对；合计行未导入，${went}，请核对。` });
        continue;
      }
      if (odd.length && unit) {
        const words = other.map(([u]) => u);
        findings.push({ severity: "warning", rule: "import.total-mixed-units", cell, message: `${cell}：合计行“${said}”为${fmt(total.value)}，上方各行中${odd.map((o) => `${o.cell}为${o.typed}`).join("、")}，${words.join("、")}与${unit}不能相加，合计未作核对；合计行未导入，${went}，请核对。` });
        continue;
      }
      if (sums.some((x) => Math.abs(x.sum - total.value) <= 1e-6)) continue;
      const rough = s.approx || !!total.approx;
      // Near a sum with rough figures the 合计 cannot be confirmed either way: said, never silence that reads as matched
      // (new-user test 39, D17: `合计 300人` over 35、20、约50、百余、80).
      if (rough && Math.abs(s.sum - total.value) <= 0.2 * Math.max(Math.abs(total.value), Math.abs(s.sum))) {
        findings.push({ severity: "warning", rule: "import.total-rough", cell, message: `${cell}：合计行“${said}”为${fmt(total.value)}，上方各行之和约${fmt(s.sum)}（含约数），两者不一致，无法精确核对；合计行未导入，${went}，请核对。` });
        continue;
      }
      findings.push({ severity: "warning", rule: "import.total-mismatch", cell, message: `${cell}：合计行“${said}”为${fmt(total.value)}，上方各行之和为${fmt(s.sum, rough)}${rough ? "（含约数）" : ""}，两者不符；合计行未导入，${went}，请核对。` });
    }
    fromAny = t;
    if (!sub) fromWhole = t;
  }
  return findings;
}

/** The source cell name of a 1-based row and column on a sheet (`Sheet1!B4`), prefixed by the source label when several sources are imported. */
export function sourceCellName(label: string | undefined, sheet: string, row: number, col: number): string {
  return `${label ? `${label}·` : ""}${sheet}!${cellAddress(row, col)}`;
}
