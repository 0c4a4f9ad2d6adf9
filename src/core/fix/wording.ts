/**
 * Chinese wording of fix notes and skip reasons (issue #5 §1). All fix texts live here.
 * @module
 */

const q = (s: string): string => `“${s}”`;

/** Notes of planned changes (one line each in the preview). */
export const FixNote = {
  /** A ledger table extended over the rows typed below it (new-user test 53, D12). */
  tableExtended: (sheet: string, lastRow: number): string => `${sheet}：表格已扩展到第${lastRow}行`,
  number: (typed: string, value: number): string => `文本${q(typed)}转为数值${value}`,
  unitMoved: (typed: string, value: number, unit: string, to: string): string => `${q(typed)}转为数值${value}，单位${q(unit)}移到${to}`,
  /** `“已整改18户”去掉开头的“已整改”，“18户”转为数值18，…` (new-user test 41, D6). */
  leadDropped: (typed: string, lead: string, note: string): string => `${q(typed)}去掉开头的${q(lead)}，${note.replace(/^文本/u, "")}`,
  unitRepeated: (typed: string, value: number, unit: string, at: string): string => `${q(typed)}转为数值${value}，去掉${at}已有的单位${q(unit)}`,
  unitDropped: (typed: string, value: number, unit: string, columnUnit?: string): string =>
    columnUnit !== undefined && columnUnit !== unit ? `${q(typed)}转为数值${value}，去掉单位${q(unit)}（本列以${q(columnUnit)}计）` : `${q(typed)}转为数值${value}，去掉与表头重复的单位${q(unit)}`,
  unitOwn: (typed: string, value: number, unit: string): string => `${q(typed)}转为数值${value}，去掉单位${q(unit)}（这项荣誉按${q(unit)}计）`,
  approxTagged: (typed: string, value: number, to: string): string => `约数${q(typed)}转为${value}，约数标记写入备注${to}`,
  approxKind: (typed: string, value: number, word: string, to: string): string => `约数${q(typed)}转为${value}，${to}表述填${q(word)}`,
  date: (typed: string, read: string, yearAssumed: boolean): string => `文本日期${q(typed)}转为日期${read}${yearAssumed ? "（年份取自报告年度）" : ""}`,
  enumYear: (typed: string, value: string): string => `${q(typed)}改为${q(value)}（年份与报告年度相同，已在报告年度中）`,
  enumYearMoved: (typed: string, value: string, year: number): string => `${q(typed)}改为${q(value)}（年份${year}填入报告年度）`,
  yearFromPeriod: (year: number, from: string): string => `填入${from}中的年份${year}`,
  /** A month typed into 报告期 (`5月份`): a 月报, 月度 with the month in 起始日期 (new-user test 36, D16). */
  enumMonth: (typed: string, value: string, first: string): string => `${q(typed)}改为${q(value)}（月报，月份以起始日期${first}为准）`,
  startFromPeriod: (first: string, from: string): string => `填入${from}所写月份的第一天${first}`,
  levelWord: (typed: string, value: string): string => `${q(typed)}改为${q(value)}${typed === "系统内" ? "（本系统评选的荣誉，级别没有此项，选“本单位”，荣誉名称写明“系统内”）" : value === "本单位" ? "（本单位自己评选的荣誉，级别选“本单位”）" : "（级别按下拉列表填写）"}`,
  levelKept: (title: string, level: string): string => `${q(title)}改为${q(`${level}${title}`)}（级别列只能选“本单位”，荣誉名称写明${q(level)}，总结中写作获评${q(`${level}${title}`)}）`,
  nearChoice: (typed: string, value: string): string => `${q(typed)}改为下拉列表中的${q(value)}`,
  toOther: (typed: string, header: string, cell: string, said = typed): string =>
    `${q(typed)}不在下拉列表中，改为“其他”，${said === typed ? "原文写入" : `按通常语序写作${q(said)}写入`}${header}${cell}`,
  wordKept: (typed: string): string => `写入${q(typed)}（原为类别列的内容）`,
  trim: (typed: string): string => (typed === "" ? "只有空格，清空" : `去掉${q(typed)}首尾的空格`),
  /** An approximate figure kept as text, its full-width digits made half-width (new-user test 37, D23). */
  halfWidth: (typed: string, after: string): string => `${q(typed)}改为${q(after)}（全角数字改为半角）`,
  unitCell: (unit: string, from: string): string => `填入${from}中的单位${q(unit)}`,
  remarkTag: (tag: string): string => `加上${tag}`,
  /** The typed 县级/区级 of a 县/区 级别 kept in 备注 (new-user test 37, D2). */
  levelSeatKept: (tag: string, word: string): string => `加上${tag}（保留所填“${word}”，总结中写作“${word}”）`,
  staleTag: (tag: string, cell: string, value: number): string => `删除已不适用的${tag}（${cell}已填准确数字${value}）`,
  approxCell: (word: string, from: string): string => `按${from}填为${q(word)}`,
} as const;

/** Reasons for leaving a readable value as typed. */
export const SkipReason = {
  unitConflict: (current: string, unit: string): string => `单位列已填${q(current)}，与本格中的单位${q(unit)}不一致，请核对后手工修改`,
  unitNotAllowed: (unit: string): string => `单位${q(unit)}不是单位列的可选值，请核对后手工修改`,
  unitForeign: (unit: string): string => `${q(unit)}不是本列的单位，本表也没有单位列，请核对后手工修改`,
  scaleTwice: (unit: string): string => `数值带“万/亿”，单位列又是${q(unit)}，请核对后手工修改`,
  approxConflict: (current: string): string => `表述已填${q(current)}，与本格的约数说法不一致，请核对后手工修改`,
  noRemark: "本表没有备注列，无法保留约数标记；请填写准确数字",
  roundedWan: "按“万”填写的约数，转换为数字会被当作准确数，保留原样；如知道准确数字，请直接填写",
  remarkTooLong: "备注加上约数标记后超过200字，请精简备注后再规范",
  remarkTooLongForWord: "备注加上这一类别后超过200字，请精简备注，或手工选“其他”并在备注中写明",
  remarkHasMark: "备注中的约数标记格式有误，请核对后手工修改",
} as const;
