/**
 * @jest-environment jsdom
 */
/**
 * New-user test 64 (report: docs/new-user-test-pane-64.md; the tester's scripts in docs/new-user-test-64-files):
 * D9 — the 网页版's 导入已有台账 list said `不导入` for the 问题整改 columns the import keeps in 备注 (`存在问题`, `整改措施`),
 * while the CLI said `A 存在问题 → 备注（无对应的标准列）`: both now use the core's one wording;
 * D7 — `rollup` lists each unit's warnings about doubtful figures (publicity.quantity-over-population …), not only errors.
 */
import { TextDecoder, TextEncoder } from "node:util";
import { act, createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { rollupSnapshots, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { Ledgers } from "./support/rollup";
import { columnInRemark, importLedgers, importReport, REMARK_COLUMN, type ImportSource } from "../src/core/import";
import { ImportPanel } from "../src/taskpane/components/ImportPanel";
import type { ImportHost, PaneOps } from "../src/taskpane/operations";
import { PaneContext } from "../src/taskpane/ops-context";
import { zhCN } from "../src/taskpane/strings";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom (for D9's pane) lacks these; the xlsx adapter of D7's workbooks uses them.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder, TextEncoder: globalThis.TextEncoder ?? TextEncoder });

// The tester's 问题整改 sheet of 快递营业部文明创建台账.xlsx (docs/new-user-test-64-files/express.js), as read.
const source: ImportSource = {
  label: "快递营业部文明创建台账.xlsx",
  snapshot: {
    sheets: [
      {
        name: "问题整改",
        originRow: 1,
        originCol: 1,
        tables: [],
        values: [
          ["存在问题", "数量", "已整改", "整改措施"],
          ["快递车辆乱停放", "12处", "10处", "划定停车区"],
          ["包裹占道堆放", "8", "8", "规范分拣区"],
        ],
      },
    ],
  },
};
const profile = { unitName: "中通快递桐溪县城关营业部", unitType: "企事业单位", year: 2025, period: "全年" } as const;

describe("D9: a column kept in 备注 is said so, on the page as in the CLI", () => {
  it("the core says which columns go to 备注, and the CLI report uses its wording", () => {
    const outcome = importLedgers([source], profile);
    const block = outcome.proposal.blocks[0]!;
    expect(block.columns.filter((c) => columnInRemark(outcome, block, c)).map((c) => c.header)).toEqual(["存在问题", "整改措施"]);
    expect(REMARK_COLUMN).toBe("备注（无对应的标准列）");
    expect(importReport(outcome).filter((l) => /^ {4}[AD] /u.test(l))).toEqual(["    A 存在问题 → 备注（无对应的标准列）", "    D 整改措施 → 备注（无对应的标准列）"]);
    expect((outcome.result.content.ledgers["问题整改"] ?? []).map((r) => r["备注"])).toEqual(["快递车辆乱停放；划定停车区", "包裹占道堆放；规范分拣区"]);
  });

  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement("div");
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it("the 网页版's column list shows `备注（无对应的标准列）` for them, not `不导入`", async () => {
    const importer: ImportHost = {
      target: "download",
      sheets: async () => [{ name: "问题整改", clash: false }],
      read: async () => source,
      readFile: async () => source,
      write: async () => ({ kind: "download", bytes: new Uint8Array(), file: "x.xlsx", check: { errors: 0, warnings: 0 } }),
    };
    await act(async () => {
      root.render(createElement(PaneContext.Provider, { value: { strings: zhCN, ops: { importer, platform: "unknown" } as unknown as PaneOps } }, createElement(ImportPanel)));
    });
    const start = [...container.querySelectorAll("button")].find((b) => b.textContent === "识别表格");
    await act(async () => start!.click());
    const shown = (header: string): string | null | undefined => container.querySelector(`tr[data-column="${header}"] button[role="combobox"]`)?.textContent;
    expect(shown("存在问题")).toBe("备注（无对应的标准列）");
    expect(shown("整改措施")).toBe("备注（无对应的标准列）");
    expect(container.querySelector(`tr[data-column="存在问题"]`)?.textContent).not.toContain("不导入");
  });
});

describe("D7: the roll-up lists each unit's doubtful figures, which go into its totals", () => {
  const unit = async (name: string, population: number, ledgers: Ledgers) => ({
    name: `${name}.xlsx`,
    snapshot: await readWorkbook(await writeWorkbook(standardV1, { profile: { 单位名称: name, 单位类型: "村", 报告年度: 2025, 报告期: "全年", 常住人口: population }, ledgers })),
  });
  const leader = { 日期: "2025-02-10", 事项类型: "领导小组", 名称或内容: "成立创建工作领导小组" };
  const activity = { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" };

  it("石桥村's 公益广告 1300块 (常住人口 2400) is said with its cell, as its check says it; 柳塘村 has none", async () => {
    const units = [
      await unit("石桥村", 2400, {
        组织保障: [leader],
        活动台账: [activity],
        宣传投放: [{ 类型: "公益广告", 位置或内容: "村内主干道", 数量: 1300, 单位: "块", 方式: "新设", 日期: "2025-04-01" }],
      }),
      await unit("柳塘村", 3000, {
        组织保障: [leader],
        活动台账: [activity],
        宣传投放: [{ 类型: "公益广告", 位置或内容: "村口", 数量: 80, 单位: "块", 方式: "新设", 日期: "2025-04-01" }],
      }),
    ];
    const result = rollupSnapshots(units, { unitName: "城南镇", unitType: "乡镇" });
    expect(result.units.map((u) => [u.unitName, u.status])).toEqual([["石桥村", "included"], ["柳塘村", "included"]]);
    expect(result.findings.filter((f) => f.rule === "rollup.doubtful-figures").map((f) => [f.severity, f.unit, f.message])).toEqual([
      [
        "warning",
        "石桥村.xlsx",
        "石桥村（石桥村.xlsx）有1处数字可疑，已计入汇总：宣传投放!C3 “公益广告”的“数量”为1300块，达到常住人口2400人的一半以上，一批宣传品不大可能有这么多，请核对是否多输了数字或填错了单位；如确实如此，可不改。总结会照此写出。如该单位改正，请重新汇总。",
      ],
    ]);
  });
});
