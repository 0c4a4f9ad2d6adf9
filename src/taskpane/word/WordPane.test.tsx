/**
 * @jest-environment jsdom
 */
/**
 * The Word pane over the host seam: the core's exportGate decides, as in the Excel pane and the 网页版 (SummaryTab).
 * A file that is no standard ledger, or a workbook whose ledgers are all empty, is refused with the same words and no
 * 仍然生成; a workbook with errors asks first and 仍然生成 goes on.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { WorkbookSnapshot } from "../../core";
import { makeSnapshot } from "../../../test/support/snapshot";
import { zhCN } from "../strings";
import type { WordOps } from "./word-ops";

let snapshot: WorkbookSnapshot;
jest.mock("../load-xlsx", () => ({ loadXlsxReader: async () => async () => snapshot }));
jest.mock("./build-docx", () => ({ buildDocx: async () => ({ bytes: new Uint8Array(8), base64: "AAAAAAAAAAA=" }) }));
// After the mocks: the pane reads its files through them.
import { WordPane } from "./WordPane";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let ops: WordOps & { openAsNew: jest.Mock; insertAtCursor: jest.Mock };
beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
  ops = { features: { insert: true, createDocument: true }, openAsNew: jest.fn(async () => undefined), insertAtCursor: jest.fn(async () => ({ location: "Replace" })) } as never;
  act(() => root.render(<WordPane ops={ops} strings={zhCN} />));
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const byTestId = (id: string): string[] => [...container.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent ?? "");
const button = (name: string): HTMLButtonElement | undefined => [...container.querySelectorAll("button")].find((b) => b.textContent === name);
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((ok) => setTimeout(ok, 0)));
};

async function choose(workbook: WorkbookSnapshot): Promise<void> {
  snapshot = workbook;
  const input = container.querySelector<HTMLInputElement>("[data-testid='word-file']");
  if (!input) throw new Error("no file input");
  const file = new File([new Uint8Array([80, 75])], "台账.xlsx");
  Object.defineProperty(file, "arrayBuffer", { value: async () => new ArrayBuffer(2) });
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
}

async function click(name: string): Promise<void> {
  const b = button(name);
  if (!b) throw new Error(`no button ${name}`);
  await act(async () => {
    b.click();
  });
  await settle();
}

const profile = { 单位名称: "南湖市场监管所", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" };

describe("Word pane: the sign-off date", () => {
  // The notice points to the pane's own 成文日期 field (new-user test 45, D21).
  it("says a summary signed today is signed more than half a year after its period, as the other front ends do (new-user test 28, D21)", async () => {
    const year = new Date().getFullYear() - 2;
    await choose(makeSnapshot({ profile: { ...profile, 报告年度: year, 报告期: "上半年" }, ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 5, 已整改数: 5, 单位: "处" }] } }));
    const [line] = byTestId("word-sign-off");
    expect(line).toMatch(new RegExp(`^成文日期\\d{4}年\\d{1,2}月\\d{1,2}日距报告期截止日期${year}年6月30日已超过半年，总结的落款将是这一天。请核对：可在下方“成文日期”中选择落款日期。$`, "u"));
  });
});

describe("Word pane: the core's export gate", () => {
  it("refuses a file that is no standard ledger, as the Excel pane does, with no 仍然生成", async () => {
    await choose({ sheets: [{ name: "Sheet1", originRow: 1, originCol: 1, values: [["单位", "活动次数"], ["幸福里", 12]], tables: [] }] });
    expect(byTestId("word-refused")).toEqual(["这不是标准台账，不能生成总结。"]);
    expect(byTestId("word-not-standard")[0]).toMatch(/^这不是标准台账：缺少基本信息、组织保障等 9 个工作表。/u);
    expect(button("仍然生成")).toBeUndefined();
    expect(button("新建文档打开")?.disabled).toBe(true);
    expect(button("插入到光标处")?.disabled).toBe(true);
    expect(byTestId("narrative")).toEqual([]);
    expect(ops.openAsNew).not.toHaveBeenCalled();
  });

  it("refuses a standard ledger whose ledgers are all empty, as the Excel pane does", async () => {
    await choose(makeSnapshot({ profile }));
    expect(byTestId("word-refused")).toEqual(["各台账都没有数据，不能生成总结。请先填写台账（也请确认打开的是本单位的台账文件）。"]);
    expect(byTestId("word-not-standard")).toEqual([]);
    expect(button("新建文档打开")?.disabled).toBe(true);
    expect(button("插入到光标处")?.disabled).toBe(true);
    expect(button("仍然生成")).toBeUndefined();
  });

  it("asks before generating from a workbook with errors, and 仍然生成 goes on", async () => {
    await choose(makeSnapshot({ profile, ledgers: { 活动台账: [{ 日期: "2025年2月30日", 活动名称: "元宵节文明宣传", 活动类型: "宣传教育", 参与数量: 60, 单位: "人次" }] } }));
    expect(byTestId("word-refused")).toEqual([]);
    expect(button("新建文档打开")?.disabled).toBe(false);
    await click("新建文档打开");
    expect(container.textContent).toContain("工作簿有 1 个错误");
    expect(ops.openAsNew).not.toHaveBeenCalled();
    await click("仍然生成");
    expect(ops.openAsNew).toHaveBeenCalledTimes(1);
    expect(byTestId("word-result")).toHaveLength(1);
  });

  it("says which rows with errors the document leaves out, as the CLI and the 总结 tab do (new-user test 31, D12)", async () => {
    await choose(makeSnapshot({ profile, ledgers: {
      问题整改: [{ 问题类别: "卫生死角", 发现数: 5, 已整改数: 6, 单位: "处" }],
      活动台账: [{ 日期: "2025-03-15", 活动名称: "金融知识宣传", 活动类型: "宣传教育", 参与数量: 60, 单位: "人次" }],
    } }));
    const lines = ["问题整改第3行（已整改数大于发现数）未写入总结"];
    expect(byTestId("summary-left-out")).toEqual(lines);
    await click("新建文档打开");
    await click("仍然生成");
    expect(ops.openAsNew).toHaveBeenCalledTimes(1);
    expect(byTestId("summary-left-out")).toEqual(lines);
  });
});

describe("Word pane: 附主要指标统计表 (new-user test 69, D13)", () => {
  it("a switch adds the 附表 to the preview and the document, as the Excel pane's and --appendix do", async () => {
    await choose(makeSnapshot({ profile, ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 5, 已整改数: 5, 单位: "处" }] } }));
    expect(byTestId("appendix")).toEqual([]);
    const toggle = container.querySelector<HTMLInputElement>("[data-testid='word-appendix']");
    if (!toggle) throw new Error("no appendix switch");
    await act(async () => {
      toggle.click();
    });
    await settle();
    expect(byTestId("appendix")[0]).toContain("附表：主要指标统计表");
    expect(byTestId("appendix")[0]).toContain("发现问题数5处");
  });
});
