/**
 * 导入已有台账 (issue #16): one core call that takes an office's own workbooks (snapshots) and the
 * options, and returns the proposed mapping (each table's kind and each column's standard field,
 * with confidences), the import made with it (the standard workbook's content) and the accounting
 * of every non-empty source cell. The CLI writes the content with the xlsx adapter; a pane shows the
 * proposal as a table of dropdowns and calls again with the user's mapping. Pure; never throws for
 * bad input.
 * @module
 */
import { HEADER_ROW, MONTHLY_PERIOD, formOf, ledgersOf, standardV1, type Catalog, type LedgerSpec } from "../catalog";
import { profileLayout } from "../validate/layout";
import { hasContactData } from "../normalize/personal";
import { withoutNamedContacts } from "../facts/remark";
import { cellAddress, columnLetters } from "../grid/address";
import { readText } from "../normalize/text";
import { APPROX_TAG_MARK } from "../normalize/approx-tag";
import { cellAt, findTables, type SheetLayout, type TableBlock } from "./find-tables";
import { headerVocabulary, importKinds } from "./kinds";
import { columnProposals, mapBlock, requiredOf, splitByCategory, type BlockMapping } from "./map-columns";
import { mappingEntry, mappingOf } from "./mapping-json";
import { periodOfDates, resolveProfile, specialOfTitles, spanOfTitles, type NameText, type TitleText } from "./profile";
import { reshapeBlock, sourceCellName, type BlockDraft, type DraftFate, type DraftRow } from "./reshape";
import type { BlockProposal, CellFate, ImportedValue, ImportFinding, ImportGuess, ImportOptions, ImportOutcome, ImportSource, ImportSkipReason } from "./types";

const REMARK = "备注";
const REMARK_MAX = 200;

interface MappedBlock {
  readonly source: ImportSource;
  readonly sheetIndex: number;
  readonly block: TableBlock;
  readonly mapping: BlockMapping;
}

/** Reason of a row outside every table's data, by what the row is. */
const ROW_REASON: Readonly<Record<string, ImportSkipReason>> = { title: "title", header: "header", total: "total", signature: "signature", note: "note", outside: "outside" };

/**
 * Imports `sources` into the standard workbook `catalog` (default 标准台账 v1.2).
 *
 * - Tables: found per sheet ({@link findTables}); each gets a kind and its columns by header words,
 *   title words and values ({@link mapBlock}), or as `options.mapping` says (matched by sheet name and
 *   block number, columns by header text).
 * - Profile: 单位名称, 单位类型, 报告年度, 报告期 from the options, else the titles (and a sign-off line's 填报单位) and dates; a field
 *   found nowhere is in `result.missing` and `result.ok` is false (nothing should be written).
 * - Rows: every value through the core's normalisation (dates with the report year, approximations
 *   kept as 〔约数〕 tags or 其他指标's 表述); lists reshaped ({@link reshapeBlock}).
 * - Accounting: `result.cells` lists every non-empty source cell, imported (its standard cell, e.g.
 *   `活动台账!A3`) or skipped with its reason; personal data by address only, never by value.
 * @param sources the workbooks (a label each, the file name, used in cell names when there are several).
 * @example importLedgers([{ label: "旧台账.xlsx", snapshot }], { unitName: "幸福里社区", unitType: "社区", year: 2023, period: "上半年" }).result.content.ledgers["活动台账"][0]["日期"] // { date: "2023-03-05" }
 */
export function importLedgers(sources: readonly ImportSource[], options: ImportOptions = {}, catalog: Catalog = standardV1): ImportOutcome {
  const kinds = importKinds(catalog);
  const vocabulary = headerVocabulary(kinds);
  const several = sources.length > 1;
  const layouts = sources.map((source) => source.snapshot.sheets.map((grid) => ({ grid, layout: findTables(grid, vocabulary) })));
  const name = (source: ImportSource, sheet: string) => (row: number, col: number): string => sourceCellName(several ? source.label : undefined, sheet, row, col);

  const titles: TitleText[] = [];
  // Sign-off lines (`填报单位：南湖社区居委会 填表日期：…`): read for the unit they name only (new-user test 36, D7).
  const labels: TitleText[] = [];
  sources.forEach((source, s) => {
    for (const { grid, layout } of layouts[s]) {
      for (const [row, kind] of [...layout.rows.entries()].sort((a, b) => a[0] - b[0])) {
        if (kind !== "title" && kind !== "signature") continue;
        const vals = grid.values[row - grid.originRow] ?? [];
        const first = vals.findIndex((v) => readText(v ?? null) !== "");
        const text = vals.map((v) => readText(v ?? null)).filter(Boolean).join(" ");
        if (text) (kind === "title" ? titles : labels).push({ text, cell: name(source, grid.name)(row, grid.originCol + Math.max(0, first)) });
      }
    }
  });
  // A sheet of 项目/值 rows (单位名称 | 春风社区居委会 …, with or without its 项目 | 内容 header) is the unit's
  // 基本信息, as the checks read it (core profileLayout): every item is taken from it, and it holds no
  // ledger table (new-user test 4, D1).
  const form = formOf(catalog);
  const formSheets = new Map<string, { row: number; col: number; item: string; value: ImportedValue; cell: string }[]>();
  sources.forEach((source, s) => {
    for (const { grid } of layouts[s]) {
      const fl = profileLayout(grid, form);
      if (!fl || fl.rows.size < 3 || ![...fl.rows.keys()].some((f) => f.header === "单位名称")) continue;
      const items = [...fl.rows].flatMap(([field, row]) => {
        const v = cellAt(grid, row, fl.valueCol);
        return readText(v ?? null) === "" ? [] : [{ row, col: fl.valueCol, item: field.header, value: (typeof v === "number" ? v : readText(v ?? null)) as ImportedValue, cell: name(source, grid.name)(row, fl.valueCol) }];
      });
      formSheets.set(`${s}|${grid.name}`, items);
    }
  });
  const fromSheet = (item: string) => [...formSheets.values()].flat().find((x) => x.item === item);
  const titleYear = options.year ?? titles.map((t) => /((?:19|20)\d{2})\s*年/u.exec(t.text)).find(Boolean)?.[1];
  const earlyYear = titleYear !== undefined ? Number(titleYear) : undefined;

  const mapped: MappedBlock[] = [];
  const unplaced: { source: ImportSource; sheetIndex: number; block: TableBlock; column: number; header: string; rows: readonly number[] }[] = [];
  sources.forEach((source, s) => {
    layouts[s].forEach(({ grid, layout }, sheetIndex) => {
      if (formSheets.has(`${s}|${grid.name}`)) return;
      for (const block of layout.blocks) {
        const saved = mappingEntry(options.mapping, grid.name, block.index);
        // A table whose rows a column of categories assigns to ledgers (工作项目: 宣传, 活动 …) is split by row; rows it
        // cannot place are said, never coerced (new-user test 66, D1).
        const split = saved ? undefined : splitByCategory(grid, block, kinds, earlyYear);
        if (!split) {
          mapped.push({ source, sheetIndex, block, mapping: mapBlock(grid, block, kinds, saved, earlyYear) });
          continue;
        }
        for (const part of split.parts) mapped.push({ source, sheetIndex, block: part.block, mapping: part.mapping });
        if (split.unplaced.length) unplaced.push({ source, sheetIndex, block, column: split.column.col, header: split.column.header, rows: split.unplaced });
      }
    });
  });

  const dateValues: (string | number)[] = [];
  for (const m of mapped) {
    const grid = m.source.snapshot.sheets[m.sheetIndex];
    for (const c of m.mapping.columns) {
      if (c.target?.field?.type !== "date" || c.target.shape) continue;
      for (const r of m.block.dataRows) {
        const v = cellAt(grid, r, c.source.col);
        if (typeof v === "string" || typeof v === "number") dateValues.push(v);
      }
    }
  }
  const sheetField = (item: string): { value: string | number; cell: string } | undefined => {
    const x = fromSheet(item);
    if (!x) return undefined;
    const year = item === "报告年度" ? /^(\d{4})\s*年?$/u.exec(String(x.value))?.[1] : undefined;
    return { value: year ? Number(year) : (x.value as string | number), cell: x.cell };
  };
  // File and sheet names may say the period (`锦江社区一季度工作台账.xlsx`); resolveProfile takes them when the dates agree.
  const names: NameText[] = sources.flatMap((source) => [
    { text: source.label, cell: source.label, source: "file" as const },
    ...source.snapshot.sheets.map((g) => ({ text: g.name, cell: g.name, source: "sheet-name" as const })),
  ]);
  const profile = resolveProfile(options, titles, dateValues, sheetField, labels, names);
  const missing = profile.filter((p) => p.value === undefined).map((p) => p.item);
  const yearField = profile.find((p) => p.item === "报告年度")?.value;
  const year = typeof yearField === "number" ? yearField : undefined;
  const unitName = profile.find((p) => p.item === "单位名称")?.value;

  const proposal = { profile, blocks: mapped.map(blockProposal) };
  const mapping = mappingOf(proposal);

  const drafts = new Map<MappedBlock, BlockDraft>();
  const findings: ImportFinding[] = [];
  for (const m of mapped) {
    const grid = m.source.snapshot.sheets[m.sheetIndex];
    // A .csv's one sheet is named after its file: no team's name (new-user test 56, D10).
    const sheetIsFile = m.source.snapshot.sheets.length === 1 && m.source.label.replace(/\.[^.\\/]+$/u, "").replace(/^.*[\\/]/u, "") === grid.name;
    const draft = reshapeBlock({ catalog, grid, block: m.block, mapping: m.mapping, ...(year !== undefined ? { year } : {}), name: name(m.source, grid.name), ...(typeof unitName === "string" ? { unit: unitName } : {}), sheetIsFile });
    if (draft) {
      drafts.set(m, draft);
      findings.push(...draft.findings);
    } else if (m.block.dataRows.length) {
      const cell = `${name(m.source, grid.name)(m.block.headerRows[0], m.block.columns[0]?.col ?? 1)}`;
      findings.push({ severity: "warning", rule: "import.unknown-table", cell, message: `${cell}：看不出这张表（${m.block.columns.map((c) => c.header).slice(0, 4).join("、")}…）属于哪类台账，未导入；可在映射文件中指定其类别。` });
    }
  }

  // A kind taken with little confidence (under 50 %) whose every row lacks a column the ledger requires (队伍名称, 注册人数)
  // would give nothing but errors: the report says so, names the other ledger that fits, and how to choose it — the saved
  // mapping's kind (new-user test 63, D4: a list of services read as the teams ledger with 42 %, 10 errors, no word why).
  for (const [m, draft] of drafts) {
    const kind = m.mapping.kind;
    const other = m.mapping.alternative;
    if (!kind || m.mapping.confidence >= 0.5 || !draft.rows.length) continue;
    const lacking = requiredOf(kind).filter((c) => draft.rows.every((row) => !row.values.has(c.header)));
    if (!lacking.length) continue;
    const grid = m.source.snapshot.sheets[m.sheetIndex];
    const cell = `${name(m.source, grid.name)(m.block.headerRows[0], m.block.columns[0]?.col ?? 1)}`;
    findings.push({
      severity: "warning", rule: "import.doubtful-kind", cell,
      message: `${cell}：这张表按${kind.name}导入，把握只有${Math.round(m.mapping.confidence * 100)}%，各行都没有${lacking.map((c) => `“${c.header}”`).join("")}，导入后都是错误；${other ? `它更像${other.name}（${other.ledger.title}）。如是，请用 --save-mapping 保存映射，把这张表的 kind 改为“${other.name}”，再用 --mapping 导入。` : "请在原表补上这些列后重新导入，或用 --save-mapping 保存映射，改正这张表的 kind 和各列后用 --mapping 导入。"}`,
    });
  }

  // Rows in block order per ledger; each row's number fixes the destination cells.
  const ledgerRows = new Map<LedgerSpec, DraftRow[]>();
  // A row moved out of its block's ledger (reshape `routeNotPublicity`) goes to its own.
  for (const d of drafts.values()) for (const row of d.rows) ledgerRows.set(row.ledger ?? d.ledger, [...(ledgerRows.get(row.ledger ?? d.ledger) ?? []), row]);
  const where = new Map<DraftRow, { ledger: LedgerSpec; row: number }>();
  const ledgers: Record<string, Record<string, ImportedValue>[]> = {};
  const guesses: ImportGuess[] = [];
  // A profile value guessed from the dates or a name (报告期) is listed first, to check like the others (new-user test 47, D2).
  const profileRow = (item: string): string => `${form.sheet}!${cellAddress(HEADER_ROW + 1 + form.items.findIndex((i) => i.header === item), 2)}`;
  for (const p of profile) if (p.basis && p.value !== undefined) guesses.push({ destination: profileRow(p.item), field: p.item, value: String(p.value), ...(p.source === "file" || p.source === "sheet-name" || p.source === "title" ? { from: p.cell } : {}), basis: p.basis });
  // A 月报 names its month by 起始日期 (catalog MONTHLY_PERIOD): the first of the month its dates are in.
  const period = profile.find((p) => p.item === "报告期");
  const monthStart = period?.value === MONTHLY_PERIOD && period.source !== "option" && period.source !== "sheet" && !fromSheet("起始日期") ? periodOfDates(dateValues).first?.replace(/-\d{2}$/u, "-01") : undefined;
  if (monthStart) guesses.push({ destination: profileRow("起始日期"), field: "起始日期", value: monthStart.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/u, "$1年$2月$3日"), basis: "月报的起始日期填该月1日" });
  // A 专项 (by the options or its title) takes its days and its name from the titles (`时间：2025年1月14日—2月22日`,
  // `青山火车站2025年春运文明创建工作台账` → 春运), where no 基本信息 sheet gives them (new-user test 58, D2).
  const special: Record<string, ImportedValue> = {};
  if (period?.value === "专项") {
    const cn = (iso: string): string => iso.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/u, "$1年$2月$3日");
    const days = spanOfTitles(titles, year);
    if (days && !fromSheet("起始日期") && !fromSheet("截止日期")) {
      special["起始日期"] = { date: days.first };
      special["截止日期"] = { date: days.last };
      guesses.push({ destination: profileRow("起始日期"), field: "起始日期", value: cn(days.first), basis: `按标题中的时间（${days.cell}）填写` });
      guesses.push({ destination: profileRow("截止日期"), field: "截止日期", value: cn(days.last), basis: `按标题中的时间（${days.cell}）填写` });
    }
    const named = form.items.some((i) => i.header === "专项名称") && !fromSheet("专项名称") ? specialOfTitles(titles) : undefined;
    if (named) {
      special["专项名称"] = named.name;
      guesses.push({ destination: profileRow("专项名称"), field: "专项名称", value: named.name, basis: `按标题中的“${named.name}”填写` });
    }
  }
  for (const [ledger, rows] of ledgerRows) {
    ledgers[ledger.sheet] = rows.map((row, i) => {
      const excelRow = HEADER_ROW + 1 + i;
      where.set(row, { ledger, row: excelRow });
      const dest = (header: string): string => `${ledger.sheet}!${cellAddress(excelRow, ledger.columns.findIndex((c) => c.header === header) + 1)}`;
      for (const g of row.guesses) guesses.push({ destination: dest(g.field), field: g.field, value: g.value, ...(g.from ? { from: g.from } : {}), basis: g.basis });
      return finishRow(ledger, row, dest(REMARK), findings);
    });
  }

  const fates = new Map<string, CellFate>();
  // The 基本信息 sheet's cells: its values go to the standard form's 内容 cells, its item names are headers.
  sources.forEach((source, s) => {
    for (const { grid } of layouts[s]) {
      const items = formSheets.get(`${s}|${grid.name}`);
      if (!items) continue;
      const fl = profileLayout(grid, form);
      for (const x of items) fates.set(x.cell, { cell: x.cell, status: "imported", destination: `${form.sheet}!${cellAddress(HEADER_ROW + 1 + form.items.findIndex((i) => i.header === x.item), 2)}` });
      if (fl) for (const row of fl.rows.values()) fates.set(name(source, grid.name)(row, fl.keyCol), { cell: name(source, grid.name)(row, fl.keyCol), status: "skipped", reason: "header" });
    }
  });
  for (const d of drafts.values()) for (const f of d.fates) fates.set(f.cell, finalFate(f, where));
  // Rows of a table split by its categories whose category names no ledger: listed cell by cell as a row not imported,
  // with the category that could not be placed (`未导入的行（工作类别“先进”无法归类）`, never `未对应的列`: new-user
  // test 71, D11), and said once per row.
  for (const u of unplaced) {
    const grid = u.source.snapshot.sheets[u.sheetIndex];
    const at = name(u.source, grid.name);
    for (const r of u.rows) {
      const typed = readText(cellAt(grid, r, u.column) ?? null);
      const detail = typed ? `${u.header}“${typed}”无法归类` : `${u.header}为空`;
      for (const c of u.block.columns) if (readText(cellAt(grid, r, c.col) ?? null) !== "") fates.set(at(r, c.col), { cell: at(r, c.col), status: "skipped", reason: "unplaced", detail });
      const cell = at(r, u.column);
      findings.push({ severity: "warning", rule: "import.category-unplaced", cell, message: `${cell}：${u.header}${typed ? `“${typed}”` : "为空"}，看不出属于哪类台账，本行未导入；请在标准台账中按类别补填。` });
    }
  }
  // Lines of a 情况说明 outside every table that say a shortcoming or a plan (`问题：…`, `下半年打算：…`) become 文字材料
  // rows of that 类型 (new-user test 45, D17); check then says which of them are spoken.
  const texts = ledgersOf(catalog).find((l) => l.id === "texts");
  if (texts) {
    const dataRows = new Set(mapped.flatMap((m) => m.block.dataRows.map((r) => `${m.source.label}|${m.sheetIndex}|${r}`)));
    const rows = ledgers[texts.sheet] ?? [];
    sources.forEach((source, s) => {
      layouts[s].forEach(({ grid, layout }, sheetIndex) => {
        if (formSheets.has(`${s}|${grid.name}`)) return;
        const prose: string[] = [];
        grid.values.forEach((vals, i) => {
          const row = grid.originRow + i;
          if (dataRows.has(`${source.label}|${sheetIndex}|${row}`)) return;
          vals.forEach((v, j) => {
            const cell = name(source, grid.name)(row, grid.originCol + j);
            const typed = readText(v ?? null);
            const line = fates.has(cell) ? undefined : textLine(typed);
            if (!line) {
              // A sentence of prose left outside every table (`今年上半年，我们社区…`): said once per sheet below.
              if (!fates.has(cell) && (layout.rows.get(row) ?? "outside") === "outside" && typed.length >= 12 && /[，。；,;]/u.test(typed)) prose.push(cell);
              return;
            }
            rows.push({ 类型: line.kind, 内容: line.content });
            const column = texts.columns.findIndex((c) => c.header === "内容") + 1;
            const destination = `${texts.sheet}!${cellAddress(HEADER_ROW + rows.length, column)}`;
            fates.set(cell, { cell, status: "imported", destination });
            findings.push({ severity: "warning", rule: "import.text-line", cell, message: `${cell}：按开头的“${line.label}”写入${destination}（类型“${line.kind}”），请核对；其中的口语，校验时会逐句指出。` });
          });
        });
        if (prose.length) findings.push({ severity: "warning", rule: "import.prose", cell: prose[0], message: `${prose[0]}：表格以外的文字${prose.length > 1 ? `（共${prose.length}处）` : ""}未导入；其中属于工作亮点、存在不足或下一步打算的内容，请改写成书面表述后填入${texts.sheet}。` });
      });
    });
    if (rows.length) ledgers[texts.sheet] = rows;
  }
  const cells = accountCells(sources, layouts, mapped, fates, name);
  const content = {
    // Every item of a 基本信息 sheet (常住人口, 户数, 填报人 …), then the four fields as resolved.
    profile: { ...Object.fromEntries([...formSheets.values()].flat().map((x) => [x.item, x.value])), ...Object.fromEntries(profile.filter((p) => p.value !== undefined).map((p) => [p.item, p.value as ImportedValue])), ...(monthStart ? { 起始日期: { date: monthStart } } : {}), ...special },
    ledgers,
  };
  for (const item of missing) findings.unshift({ severity: "error", rule: "import.profile-missing", cell: "", message: `缺少${item}：选项中没有给出，各表标题和日期中也读不出。` });
  return { proposal, mapping, result: { ok: missing.length === 0, missing, content, cells, findings, guesses } };
}

/** A line that says a shortcoming (`问题：`, `不足：`, `困难：`, `存在问题：`) or a plan (`打算：`, `下一步：`, `下半年打算：`, `明年计划：`). */
const TEXT_LINE: readonly { kind: string; label: RegExp }[] = [
  { kind: "存在不足", label: /^(?:存在(?:的)?)?(?:问题|不足|困难)(?:和|与|及)?(?:问题|不足|困难)?\s*[:：]\s*/u },
  { kind: "下一步打算", label: /^(?:下一步|下步|下阶段|下半年|下季度|明年|今后|来年)?(?:工作)?(?:打算|计划|安排)?\s*[:：]\s*/u },
];

/**
 * The 文字材料 row a free line of an old ledger makes (new-user test 45, D17): `问题：老小区没有物业…` → 存在不足,
 * `下半年打算：继续搞好垃圾分类…` → 下一步打算 (the label cut, contact numbers and the names before them cut), or
 * undefined for any other line; label is the label as typed (`问题：`). A bare colon is no label; nothing after the label is none.
 */
export function textLine(text: string): { kind: string; content: string; label: string } | undefined {
  const t = text.trim();
  for (const { kind, label } of TEXT_LINE) {
    const m = label.exec(t);
    // The plan label needs a word of planning, or 下一步 alone (`下一步：`); never a bare colon.
    if (!m || (kind === "下一步打算" && !/打算|计划|安排|下一步|下步/u.test(m[0]))) continue;
    const rest = t.slice(m[0].length).trim();
    const content = hasContactData(rest) ? withoutNamedContacts(rest) : rest;
    return content ? { kind, content, label: m[0].trim() } : undefined;
  }
  return undefined;
}

/** A draft row as the standard row: values in catalog column order, 备注 the remarks joined (cut at 200 characters, with a finding). */
function finishRow(ledger: LedgerSpec, row: DraftRow, remarkCell: string, findings: ImportFinding[]): Record<string, ImportedValue> {
  const out: Record<string, ImportedValue> = {};
  // 〔约数〕 tags last, after the user's own words (as `fix` appends them).
  const parts = row.remarks.filter(Boolean);
  let remark = [...parts.filter((p) => !p.startsWith(APPROX_TAG_MARK)), ...parts.filter((p) => p.startsWith(APPROX_TAG_MARK))].join("；");
  if (remark.length > REMARK_MAX) {
    findings.push({ severity: "warning", rule: "import.remark-cut", cell: remarkCell, message: `${remarkCell}：备注超过${REMARK_MAX}字，已截断，请核对原表。` });
    remark = `${remark.slice(0, REMARK_MAX - 1)}…`;
  }
  for (const c of ledger.columns) {
    const v = c.header === REMARK ? remark || undefined : row.values.get(c.header);
    if (v !== undefined && v !== "") out[c.header] = v;
  }
  return out;
}

/** A draft fate with its final destination cell. */
function finalFate(f: DraftFate, where: ReadonlyMap<DraftRow, { ledger: LedgerSpec; row: number }>): CellFate {
  if (f.status === "skipped") return f;
  const at = where.get(f.row);
  if (!at) return { cell: f.cell, status: "skipped", reason: "unmapped" };
  return { cell: f.cell, status: "imported", destination: `${at.ledger.sheet}!${cellAddress(at.row, at.ledger.columns.findIndex((c) => c.header === f.header) + 1)}` };
}

/** Every non-empty cell of every source sheet with what became of it, sheet by sheet, row by row. */
function accountCells(
  sources: readonly ImportSource[],
  layouts: readonly (readonly { grid: ImportSource["snapshot"]["sheets"][number]; layout: SheetLayout }[])[],
  mapped: readonly MappedBlock[],
  fates: ReadonlyMap<string, CellFate>,
  name: (source: ImportSource, sheet: string) => (row: number, col: number) => string,
): CellFate[] {
  const cells: CellFate[] = [];
  sources.forEach((source, s) => {
    layouts[s].forEach(({ grid, layout }, sheetIndex) => {
      const at = name(source, grid.name);
      const dataOf = new Map<number, MappedBlock>();
      for (const m of mapped) if (m.source === source && m.sheetIndex === sheetIndex) for (const r of m.block.dataRows) dataOf.set(r, m);
      grid.values.forEach((vals, i) => {
        const row = grid.originRow + i;
        vals.forEach((v, j) => {
          if (readText(v ?? null) === "") return;
          const col = grid.originCol + j;
          const cell = at(row, col);
          const fate = fates.get(cell);
          if (fate) return void cells.push(fate);
          const block = dataOf.get(row);
          if (block) {
            const inColumns = block.block.columns.some((c) => c.col === col);
            return void cells.push({ cell, status: "skipped", reason: "unmapped", detail: !inColumns ? "无表头" : block.mapping.kind ? undefined : "未识别的表" } as CellFate);
          }
          cells.push({ cell, status: "skipped", reason: ROW_REASON[layout.rows.get(row) ?? "outside"] ?? "outside" });
        });
      });
    });
  });
  return cells.map((c) => (c.status === "skipped" && c.detail === undefined ? { cell: c.cell, status: c.status, reason: c.reason } : c));
}

/** The proposal of one mapped block. */
function blockProposal(m: MappedBlock): BlockProposal {
  const b = m.block;
  const cols = b.columns.map((c) => c.col);
  const last = Math.max(b.headerRows[b.headerRows.length - 1], ...b.dataRows, ...b.totalRows);
  const range = cols.length ? `${columnLetters(Math.min(...cols))}${b.headerRows[0]}:${columnLetters(Math.max(...cols))}${last}` : `A${b.headerRows[0]}`;
  return {
    source: m.source.label,
    sheet: b.sheet,
    block: b.index,
    range,
    ...(b.title ? { title: b.title } : {}),
    ...(m.mapping.kind ? { kind: m.mapping.kind.name } : {}),
    confidence: m.mapping.confidence,
    columns: columnProposals(m.mapping),
  };
}
