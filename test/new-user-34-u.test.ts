/**
 * @jest-environment jsdom
 */
/**
 * New-user test 34 (网页版, app.html): D16 — the import's guesses and findings on the review screen, before anything is
 * downloaded; D17 — a 成文日期 field on the 总结 tab, used as the CLI's `--date`.
 */
import { act, createElement, useReducer } from "react";
import { createRoot, type Root } from "react-dom/client";
import { analyseLedger, type Analysis } from "../src/core";
import type { ImportSource } from "../src/core/import";
import { ImportPanel } from "../src/taskpane/components/ImportPanel";
import { SummaryTab } from "../src/taskpane/components/SummaryTab";
import type { ImportHost, PaneOps } from "../src/taskpane/operations";
import { PaneContext } from "../src/taskpane/ops-context";
import { importReducer, initialImport } from "../src/taskpane/state/import";
import { initialSummary, signOffDay, summaryReducer } from "../src/taskpane/state/summary";
import { zhCN } from "../src/taskpane/strings";
import { makeSnapshot } from "./support/snapshot";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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
  jest.useRealTimers();
});
const byTestId = (id: string): string[] => [...container.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent ?? "");
const items = (id: string): string[] => [...container.querySelectorAll(`[data-testid="${id}"] li`)].map((e) => e.textContent ?? "");
const button = (name: string): HTMLButtonElement => {
  const found = [...container.querySelectorAll("button")].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

describe("D16: 导入已有台账 in the 网页版 shows 推断填写 and 发现 on the review screen", () => {
  // The tester's 宣传氛围 sheet of in/i-手工台账.xlsx, as read.
  const source: ImportSource = {
    label: "i-手工台账.xlsx",
    snapshot: {
      sheets: [
        {
          name: "宣传氛围",
          originRow: 1,
          originCol: 1,
          tables: [],
          values: [
            ["宣传品", "数量", "金额", "时间", "地点"],
            ["公益广告", "12块", "3,600元", "2025.3.8", "小区主入口"],
            ["宣传栏", "5块", "1.5万", "2025年4月1日", ""],
            ["入户走访", "20户", "", "", ""],
            ["共建单位", "5家", "", "", ""],
          ],
        },
      ],
    },
  };
  const written: string[] = [];
  const importer: ImportHost = {
    target: "download",
    sheets: async () => [{ name: "宣传氛围", clash: false }],
    read: async () => source,
    readFile: async () => source,
    write: async () => {
      written.push("write");
      return { kind: "download", bytes: new Uint8Array(), file: "x.xlsx", check: { errors: 0, warnings: 0 } };
    },
  };

  it("lists the core's guesses and findings before 导入并下载, with their cells as text (not yet in a workbook)", async () => {
    await act(async () => {
      root.render(createElement(PaneContext.Provider, { value: { strings: zhCN, ops: { importer, platform: "unknown" } as unknown as PaneOps } }, createElement(ImportPanel)));
    });
    await act(async () => button("识别表格").click());
    expect(container.querySelector("[data-testid='import-block']")).not.toBeNull();
    expect(written).toEqual([]);
    expect(container.querySelector("[data-testid='import-done']")).toBeNull();
    expect(byTestId("import-review-notes")).toEqual(["导入前请核对下列推断和发现；如有不对，可在上方改选表格的“类别”或各列的“导入到”，再导入。"]);
    // The 报告期 guessed from the dates is listed too (new-user test 47, D2).
    expect(container.textContent).toContain("推断填写（2 处，请核对）：");
    expect(items("import-guesses")).toEqual(["基本信息!B9 报告期＝上半年：按各行日期（2025年3月8日至4月1日）推断", "其他指标!A3 板块＝宣传教育：按表名归入宣传教育"]);
    expect(container.textContent).toContain("发现（2 条）：");
    expect(items("import-findings")).toEqual([
      "宣传氛围!B4：“入户走访 20户”以“户”计，不是宣传品，已导入其他指标（入户走访20户），未计入宣传投放，请核对。",
      "宣传氛围!B5：“共建单位 5家”以“家”计，不是宣传品，已导入组织保障（共建单位5家），未计入宣传投放，请核对。",
    ]);
    // Before writing there is no cell to jump to.
    expect(container.querySelectorAll("[data-testid='import-guesses'] [data-jump]").length).toBe(0);
  });

  it("the lines follow the mapping: with the table left out there is nothing to guess", () => {
    const read = importReducer({ ...initialImport, phase: "reading", sheets: [{ name: "宣传氛围", clash: false }], chosen: ["宣传氛围"] }, { type: "read/done", sources: [source] });
    expect(read.outcome?.result.guesses.map((g) => g.destination)).toEqual(["基本信息!B9", "其他指标!A3"]);
    const left = importReducer(read, { type: "kind/set", sheet: "宣传氛围", block: 1, kind: null });
    expect(left.outcome?.result.guesses).toEqual([]);
    // Only the table left out is said (and the screen says that with the table's 类别 on 不导入, so it lists no line for it).
    expect(left.outcome?.result.findings.filter((f) => f.rule !== "import.profile-missing").map((f) => f.rule)).toEqual(["import.unknown-table"]);
  });

  it("lists no 缺少单位名称 line: the screen asks for the 基本信息 items itself", async () => {
    await act(async () => {
      root.render(createElement(PaneContext.Provider, { value: { strings: zhCN, ops: { importer, platform: "unknown" } as unknown as PaneOps } }, createElement(ImportPanel)));
    });
    await act(async () => button("识别表格").click());
    expect(items("import-findings").filter((t) => t.startsWith("缺少"))).toEqual([]);
    expect(byTestId("import-will-write")).toEqual(["缺少单位名称、单位类型，请在上面填写后再导入。"]);
  });
});

describe("D17: the 网页版 总结 tab has a 成文日期 field, used as the CLI's --date", () => {
  const profile = { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };
  const ledgers = { 活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务活动", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" }] };
  const page = { preview: { download: () => undefined }, platform: "unknown" } as unknown as PaneOps;

  function Tab({ analysis }: { readonly analysis: Analysis }) {
    const [state, dispatch] = useReducer(summaryReducer, initialSummary);
    return createElement(SummaryTab, { state, dispatch, validate: { phase: "done", analysis, highlight: false, stale: false }, check: async () => analysis });
  }
  const render = (analysis: Analysis, ops: PaneOps = page): void =>
    act(() => root.render(createElement(PaneContext.Provider, { value: { strings: zhCN, ops } }, createElement(Tab, { analysis }))));
  const dateInput = (): HTMLInputElement => container.querySelector<HTMLInputElement>("[data-testid='summary-sign-date']") as HTMLInputElement;
  const pick = (value: string): void =>
    act(() => {
      const input = dateInput();
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, value);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
  const signOff = (): string[] => [...container.querySelectorAll("[data-testid='narrative'] p")].slice(-2).map((p) => p.textContent ?? "");

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date(2026, 11, 6, 10, 0), doNotFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "clearImmediate", "queueMicrotask", "nextTick", "requestAnimationFrame", "cancelAnimationFrame", "requestIdleCallback", "cancelIdleCallback", "hrtime", "performance"] });
  });

  it("signs with the date picked, and the late-writer warning points to the field, then goes", () => {
    render(analyseLedger(makeSnapshot({ profile, ledgers })));
    expect(dateInput().type).toBe("date");
    expect(dateInput().value).toBe("2026-12-06");
    expect(dateInput().disabled).toBe(false);
    expect(container.textContent).toContain("总结落款的日期，默认为今天。");
    expect(byTestId("summary-early-sign-off")).toEqual(["成文日期2026年12月6日距报告期截止日期2025年6月30日已超过半年，总结的落款将是这一天。请核对：可在下方“成文日期”中选择落款日期。"]);
    expect(signOff()).toEqual(["望江社区居委会", "2026年12月6日"]);

    pick("2025-07-10");
    expect(dateInput().value).toBe("2025-07-10");
    expect(signOff()).toEqual(["望江社区居委会", "2025年7月10日"]);
    expect(byTestId("summary-early-sign-off")).toEqual([]);

    // Emptied: today again.
    pick("");
    expect(signOff()).toEqual(["望江社区居委会", "2026年12月6日"]);
  });

  it("shows a 成文日期 typed in 基本信息, not editable here: it signs, as in the CLI", () => {
    render(analyseLedger(makeSnapshot({ profile: { ...profile, 成文日期: "2025-07-08" }, ledgers })));
    // Shown as the 落款 writes it, not in a disabled date box the browser formats in its locale (new-user test 38, D18).
    expect(dateInput()).toBeNull();
    expect(byTestId("summary-sign-date-typed")).toEqual(["2025年7月8日"]);
    expect(container.textContent).toContain("基本信息中已填写成文日期，落款用它；如要改，请改基本信息。");
    expect(signOff()).toEqual(["望江社区居委会", "2025年7月8日"]);
    expect(byTestId("summary-early-sign-off")).toEqual([]);
  });

  it("is the 网页版's: the Excel pane keeps its message and has no field", () => {
    render(analyseLedger(makeSnapshot({ profile, ledgers })), { platform: "pc" } as unknown as PaneOps);
    expect(dateInput()).toBeNull();
    expect(byTestId("summary-early-sign-off")).toEqual(["成文日期2026年12月6日距报告期截止日期2025年6月30日已超过半年，总结的落款将是这一天。请核对：可在基本信息中填写“成文日期”。"]);
  });

  it("signOffDay: the picked day as an Excel serial, else today (a day that does not exist too)", () => {
    const now = new Date(2026, 11, 6);
    expect(signOffDay("2025-07-10", now)).toBe(45848);
    expect(signOffDay(undefined, now)).toBe(46362);
    expect(signOffDay("2025-02-30", now)).toBe(46362);
  });
});
