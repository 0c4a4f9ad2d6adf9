/** @jest-environment node */
/**
 * `upgradeWorkbook` across the version step 标准台账 v1 → v1.1 (docs/standard-sheets.md "Version
 * 1.1"): a workbook written by the v1 template stays valid (no errors, one warning per ledger that
 * lacks 频次), and the upgrade adds 频次, 单位简称 and 工作思路 with their native validation, rewrites
 * 填报说明 for v1.1 and keeps every value where it was.
 */
import { additionsSince, catalogAtVersion, fieldsOf, formOf, standardV1, validateWorkbook, type CellValue, type WorkbookSnapshot } from "../../core";
import type { WorkbookContent } from "./content";
import { loadWorkbook, readWorkbook, snapshotOf } from "./read-workbook";
import { saveWorkbook, upgradeWorkbook, workbookVersion } from "./upgrade";
import type { WithValidations } from "./validation";
import { writeWorkbook } from "./write-workbook";

const v1 = catalogAtVersion(standardV1, 1);
/** The v1.1 step is tested against the catalog as it was at v1.1 (the current one is v1.2, below). */
const v11 = catalogAtVersion(standardV1, 1.1);

/** A v1 workbook with a value in every column of 组织保障 and 其他指标 (备注 included) and every 项目. */
const content: WorkbookContent = {
  profile: {
    单位名称: "幸福里社区居委会", 单位类型: "社区", 上级指导单位: "区文明办", 报告年度: 2023, 报告期: "上半年",
    起始日期: { date: "2023-01-01" }, 截止日期: { date: "2023-06-30" }, 常住人口: 8600, 户数: 3120,
    填报人: "某某某", 联系电话: "0562-5550123", 成文日期: { date: "2023-07-05" },
  },
  ledgers: {
    组织保障: [
      { 事项类型: "工作会议", 名称或内容: "创建工作例会", 数量: 12, 单位: "次", 日期: { date: "2023-06-30" }, 备注: "每月2期" },
      { 事项类型: "共建单位", 名称或内容: "共驻共建协议", 数量: 7, 单位: "家", 备注: "驻区单位" },
    ],
    宣传投放: [{ 类型: "公益广告", 位置或内容: "主干道", 数量: 80, 单位: "块", 方式: "新设", "投入金额（元）": 4000, 备注: "〔约数〕数量：80余" }],
    其他指标: [
      { 板块: "环境整治", 指标名称: "出动巡查人员", 数值: 1200, 单位: "人次", 表述: "约", 备注: "每日巡查" },
      { 板块: "环境整治", 指标名称: "保洁员", 数值: 12, 单位: "人" },
    ],
  },
};

/** Every non-blank cell of the form and ledger sheets as `sheet!A1 value`. */
function cells(snapshot: WorkbookSnapshot): string[] {
  const out: string[] = [];
  for (const grid of snapshot.sheets) {
    if (grid.name === "填报说明" || grid.name === "指标汇总" || grid.name.startsWith("_")) continue;
    grid.values.forEach((row, r) =>
      row.forEach((v: CellValue, c) => {
        if (v !== null && v !== "") out.push(`${grid.name}!${String.fromCharCode(64 + grid.originCol + c)}${grid.originRow + r} ${JSON.stringify(v)}`);
      }),
    );
  }
  return out;
}

const validationsOf = (wb: Awaited<ReturnType<typeof loadWorkbook>>, sheet: string) =>
  (wb.getWorksheet(sheet) as unknown as WithValidations).dataValidations.model as Record<string, { type?: string; formulae?: unknown[]; operator?: string }>;

describe("upgrade: 标准台账 v1 → v1.1", () => {
  it("a v1 workbook is valid: no errors, one column.missing-newer warning for each ledger without 频次, none for the form", async () => {
    const snapshot = await readWorkbook(await writeWorkbook(v1, content));
    const { findings } = validateWorkbook(snapshot, v11);
    expect(findings.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.rule}`)).toEqual([
      "warning 组织保障! column.missing-newer",
      "warning 其他指标! column.missing-newer",
      // Three ledgers filled and no 文字材料 (new-user test 15, D2).
      "warning 文字材料! text.plans-missing",
    ]);
    expect(findings[0].message).toBe(
      "本表没有标准台账 v1.1 新增的可选列“频次”（台账按较早版本的标准制作）；现有数据照常校验并写入总结。可用“生成或修复标准表”补上新列，原有内容不动。",
    );
  });

  it("adds the new columns and 项目 with validation, rewrites 填报说明, keeps every value, and says so", async () => {
    const bytes = await writeWorkbook(v1, content);
    const before = await readWorkbook(bytes);
    const wb = await loadWorkbook(bytes);
    expect(workbookVersion(wb, v11)).toEqual({ text: "标准台账 v1", version: 1 });
    const report = await upgradeWorkbook(wb, v11);
    expect(report.problems).toEqual([]);
    expect(report.actions).toEqual(expect.arrayContaining([
      "从标准台账 v1 升级到标准台账 v1.1（新增可选项 “单位简称”（基本信息）、“工作思路”（基本信息）、“频次”（组织保障、其他指标）；原有内容一概不动）",
      "“基本信息”补上标准台账 v1.1 新增的项目“单位简称”（第15行）",
      "“基本信息”补上标准台账 v1.1 新增的项目“工作思路”（第16行）",
      "“组织保障”补上标准台账 v1.1 新增的列“频次”（G列，表格最右侧）",
      "“其他指标”补上标准台账 v1.1 新增的列“频次”（G列，表格最右侧）",
      "按标准台账 v1.1 重写工作表“填报说明”（填法说明和版本标记）",
    ]));

    const saved = await saveWorkbook(wb);
    const after = await readWorkbook(saved);
    // Every value stays in its cell; the only new cells are the added headers and 项目.
    const kept = cells(after);
    for (const c of cells(before)) expect(kept).toContain(c);
    expect(kept.filter((c) => !cells(before).includes(c))).toEqual([
      '基本信息!A15 "单位简称"', '基本信息!A16 "工作思路"', '组织保障!G2 "频次"', '其他指标!G2 "频次"',
    ]);
    const grid = (name: string) => after.sheets.find((s) => s.name === name)!;
    expect(grid("组织保障").tables).toEqual([{ name: "tbl_Organization", ref: "A2:G4" }]);
    expect(grid("其他指标").tables).toEqual([{ name: "tbl_Figures", ref: "A2:G4" }]);
    expect(grid("基本信息").tables).toEqual([{ name: "tbl_Profile", ref: "A2:B16" }]);
    expect(grid("填报说明").values[1].slice(0, 2)).toEqual(["标准版本", "标准台账 v1.1"]);
    expect(after.names?.CL_StandardVersion).toMatch(/填报说明'?!\$B\$2$/u);

    // Native validation on the new cells: text length ≤ 20 / 100, as the template writes it.
    const reloaded = await loadWorkbook(saved);
    const textLength = (sheet: string, cell: RegExp) => Object.entries(validationsOf(reloaded, sheet)).find(([k]) => cell.test(k))?.[1];
    expect(textLength("组织保障", /^G3(:G\d+)?$/u)).toMatchObject({ type: "textLength", formulae: [20] });
    expect(textLength("其他指标", /^G3(:G\d+)?$/u)).toMatchObject({ type: "textLength", formulae: [20] });
    expect(textLength("基本信息", /^B15$/u)).toMatchObject({ type: "textLength", formulae: [20] });
    expect(textLength("基本信息", /^B16$/u)).toMatchObject({ type: "textLength", formulae: [100] });

    // The upgraded workbook is a clean v1.1 workbook, read with the same values.
    const { findings, workbook } = validateWorkbook(after, v11);
    // Only the hint that 文字材料 is empty beside three filled ledgers (new-user test 15, D2).
    expect(findings.map((f) => f.rule)).toEqual(["text.plans-missing"]);
    expect(workbook.ledgers.organization.rows.map((r) => r.cells.remark?.value)).toEqual(["每月2期", "驻区单位"]);
    expect(workbook.ledgers.figures.rows.map((r) => r.cells.value?.value)).toEqual([1200, 12]);
    expect(workbook.profile.unitName?.value).toBe("幸福里社区居委会");
  });

  it("is idempotent: a v1.1 workbook gets no version step, no new column and keeps its 填报说明", async () => {
    const wb = await loadWorkbook(await writeWorkbook(v11, content));
    expect(workbookVersion(wb, v11)).toEqual({ text: "标准台账 v1.1", version: 1.1 });
    const report = await upgradeWorkbook(wb, v11);
    expect(report.actions.filter((a) => /升级|新增|补上|填报说明/u.test(a))).toEqual([]);
    expect(additionsSince(v11, 1.1)).toEqual([]);
    expect(additionsSince(standardV1, 1.1).length).toBe(3); // v1.2: 专项名称 (added later within v1.2: new-user test 37, D24), 来源, 落实情况
  });

  it("the v1 template itself (blank) upgrades to the v1.1 template's headers and 项目", async () => {
    const wb = await loadWorkbook(await writeWorkbook(v1));
    await upgradeWorkbook(wb, v11);
    const snapshot = snapshotOf(wb);
    const headers = (sheet: string) => snapshot.sheets.find((s) => s.name === sheet)!.values[1].filter((v) => v !== null);
    expect(headers("组织保障")).toEqual(["事项类型", "名称或内容", "数量", "单位", "日期", "备注", "频次"]);
    expect(headers("其他指标")).toEqual(["板块", "指标名称", "数值", "单位", "表述", "备注", "频次"]);
    const items = snapshot.sheets.find((s) => s.name === "基本信息")!.values.slice(2).map((r) => r[0]);
    expect(items).toEqual([...fieldsOf(formOf(v1)).map((f) => f.header), "单位简称", "工作思路"]);
    expect(new Set(items)).toEqual(new Set(fieldsOf(formOf(v11)).map((f) => f.header)));
    // Blank: its required 项目 are empty and so are its ledgers (workbook.empty, new-user test 25, D18).
    expect(validateWorkbook(snapshot, v11).findings.filter((f) => f.rule !== "value.required" && f.rule !== "workbook.empty")).toEqual([]);
    expect(validateWorkbook(snapshot, v11).findings.filter((f) => f.rule === "workbook.empty")).toHaveLength(1);
  });
});

describe("upgrade: 标准台账 v1.1 (and v1) → v1.2", () => {
  const withProblems: WorkbookContent = {
    ...content,
    ledgers: {
      ...content.ledgers,
      问题整改: [{ 问题类别: "乱张贴", 发现数: 10, 已整改数: 7, 单位: "处", 备注: "老小区" }],
      文字材料: [{ 类型: "下一步打算", 内容: "继续深化志愿服务" }],
    },
  };

  it("a v1.1 workbook is valid: one column.missing-newer warning each for 问题整改 (来源) and 文字材料 (落实情况)", async () => {
    const { findings } = validateWorkbook(await readWorkbook(await writeWorkbook(v11, withProblems)), standardV1);
    expect(findings.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.rule}`)).toEqual([
      "warning 问题整改! column.missing-newer",
      "warning 文字材料! column.missing-newer",
    ]);
    expect(findings[0].message).toContain("本表没有标准台账 v1.2 新增的可选列“来源”");
  });

  it("adds 来源 and 落实情况, rewrites 填报说明 and 指标汇总 (上期遗留 counted apart), keeps every value, and says so", async () => {
    const bytes = await writeWorkbook(v11, withProblems);
    const before = await readWorkbook(bytes);
    const wb = await loadWorkbook(bytes);
    const report = await upgradeWorkbook(wb, standardV1);
    expect(report.problems).toEqual([]);
    expect(report.actions).toEqual(expect.arrayContaining([
      "从标准台账 v1.1 升级到标准台账 v1.2（新增可选项 “专项名称”（基本信息）、“来源”（问题整改）、“落实情况”（文字材料）；原有内容一概不动）",
      "“基本信息”补上标准台账 v1.2 新增的项目“专项名称”（第17行）",
      "“问题整改”补上标准台账 v1.2 新增的列“来源”（I列，表格最右侧）",
      "“文字材料”补上标准台账 v1.2 新增的列“落实情况”（C列，表格最右侧）",
      "按标准台账 v1.2 重写工作表“填报说明”（填法说明和版本标记）",
      "按标准台账 v1.2 重写工作表“指标汇总”的公式（上期遗留问题单独统计）",
    ]));
    const after = await readWorkbook(await saveWorkbook(wb));
    const kept = cells(after);
    for (const c of cells(before)) expect(kept).toContain(c);
    expect(kept.filter((c) => !cells(before).includes(c))).toEqual(['基本信息!A17 "专项名称"', '问题整改!I2 "来源"', '文字材料!C2 "落实情况"']);
    const grid = (name: string) => after.sheets.find((s) => s.name === name)!;
    expect(grid("问题整改").tables).toEqual([{ name: "tbl_Rectification", ref: "A2:I3" }]);
    expect(grid("填报说明").values[1].slice(0, 2)).toEqual(["标准版本", "标准台账 v1.2"]);
    const indicators = grid("指标汇总");
    const labels = indicators.values.map((r) => r[0]);
    expect(labels.slice(-5)).toEqual(["发现问题数", "已整改数", "总整改率", "上期遗留问题数", "上期遗留问题已整改数"]);
    const row = labels.indexOf("发现问题数") + indicators.originRow;
    expect(indicators.formulas?.[`B${row}`]).toBe('SUMIFS(tbl_Rectification[发现数],tbl_Rectification[来源],"<>上期遗留")');
    expect(validateWorkbook(after, standardV1).findings).toEqual([]);
  });

  it("a v1 workbook goes to v1.2 in one step, naming every addition of v1.1 and v1.2", async () => {
    const wb = await loadWorkbook(await writeWorkbook(v1, withProblems));
    const report = await upgradeWorkbook(wb, standardV1);
    expect(report.actions[0]).toBe(
      "从标准台账 v1 升级到标准台账 v1.2（新增可选项 “单位简称”（基本信息）、“工作思路”（基本信息）、“专项名称”（基本信息）、“频次”（组织保障、其他指标）、“来源”（问题整改）、“落实情况”（文字材料）；原有内容一概不动）",
    );
    expect(validateWorkbook(snapshotOf(wb), standardV1).findings).toEqual([]);
  });

  it("keeps 上期指标 as it is (data, not layout): no renamed-sheet match, no rewrite", async () => {
    const wb = await loadWorkbook(await writeWorkbook(standardV1, withProblems));
    const ws = wb.addWorksheet("上期指标");
    ws.getCell("A1").value = "上期指标（2022年下半年）";
    ws.getCell("A8").value = "指标";
    ws.getCell("B8").value = "数值";
    ws.getCell("C8").value = "单位";
    ws.getCell("A9").value = "发现问题数";
    ws.getCell("B9").value = 12;
    ws.getCell("C9").value = "处";
    await upgradeWorkbook(wb, standardV1);
    const after = await readWorkbook(await saveWorkbook(wb));
    const sheet = after.sheets.find((s) => s.name === "上期指标")!;
    expect(sheet.values[8].slice(0, 3)).toEqual(["发现问题数", 12, "处"]);
    expect(validateWorkbook(after, standardV1).findings).toEqual([]);
  });

  it("a v1.2 workbook whose 活动场次 formula counts every row (before new-user test 18, D21) gets the period's one; a current one is left", async () => {
    const current = await loadWorkbook(await writeWorkbook(standardV1, withProblems));
    expect((await upgradeWorkbook(current, standardV1)).actions.join("\n")).not.toContain("更新工作表“指标汇总”的公式");
    const wb = await loadWorkbook(await writeWorkbook(standardV1, withProblems));
    const row = 3 + standardV1.indicators.findIndex((i) => i.id === "activities");
    wb.getWorksheet("指标汇总")!.getCell(`B${row}`).value = { formula: "SUMPRODUCT(--(LEN(tbl_Activities[活动名称])>0))" } as never;
    const report = await upgradeWorkbook(wb, standardV1);
    expect(report.actions).toContain("更新工作表“指标汇总”的公式，与总结的统计口径一致（活动场次只统计报告期内的活动；美丽庭院按户、文明村镇等按个计，不计入先进典型人数）");
    const after = await readWorkbook(await saveWorkbook(wb));
    const formula = after.sheets.find((s) => s.name === "指标汇总")!.formulas?.[`B${row}`];
    expect(formula).toContain('COUNTIFS(tbl_Activities[活动名称],"?*",tbl_Activities[日期],"<"&IF(ISNUMBER(INDEX(tbl_Profile[内容],MATCH("起始日期",tbl_Profile[项目],0)))');
  });
});
