import type { Finding } from "../../core";
import { debounce } from "./debounce";
import { initialSummary, summaryReducer } from "./summary";
import { initialTemplate, templateReducer } from "./template";
import { zhCN } from "../strings";
import { groupFindings, highlightedCells, highlightStatus, initialValidate, validateReducer } from "./validate";

const f = (sheet: string, severity: Finding["severity"], cell = "A1"): Finding => ({ sheet, severity, cell, rule: "r", message: "m" });

describe("groupFindings", () => {
  it("groups by sheet in sheet order, errors first, with counts", () => {
    const groups = groupFindings([f("活动台账", "warning"), f("问题整改", "error"), f("活动台账", "error", "B3")], ["问题整改", "活动台账"]);
    expect(groups.map((g) => [g.sheet, g.errors, g.warnings, g.findings[0].severity])).toEqual([
      ["问题整改", 1, 0, "error"],
      ["活动台账", 1, 1, "error"],
    ]);
  });

  it("lists the sheets with errors before those with warnings only, each part in sheet order", () => {
    const order = ["基本信息", "宣传投放", "问题整改", "活动台账"];
    const groups = groupFindings([f("基本信息", "warning"), f("活动台账", "error"), f("宣传投放", "warning"), f("问题整改", "error")], order);
    expect(groups.map((g) => g.sheet)).toEqual(["问题整改", "活动台账", "基本信息", "宣传投放"]);
  });
});

describe("highlightedCells", () => {
  it("counts distinct cells on the data sheets, not sheet-level findings", () => {
    const findings = [f("活动台账", "error", "B3"), f("活动台账", "warning", "B3"), f("活动台账", "error", "C4"), f("活动台账", "error", ""), f("指标汇总", "warning", "B2")];
    expect(highlightedCells(findings, ["活动台账"])).toBe(2);
    expect(highlightedCells([], ["活动台账"])).toBe(0);
  });
});

describe("highlightStatus: protected sheets are named, in Chinese, and not counted as marked", () => {
  const analysis = { findings: [f("活动台账", "error", "B3"), f("问题整改", "error", "C4"), f("问题整改", "warning", "D4"), f("宣传投放", "warning", "C3")] } as never;
  const sheets = ["活动台账", "问题整改", "宣传投放"];

  it("counts only the cells actually marked and names the sheets it could not mark", () => {
    const on = validateReducer(validateReducer({ ...initialValidate, analysis }, { type: "highlight/set", on: true }), { type: "highlight/result", skipped: ["问题整改"] });
    expect(highlightStatus(on, zhCN, sheets)).toBe("已标出 2 个单元格。以下工作表受保护，未能在其中标出问题单元格：问题整改。如需标出，请在“审阅”中撤消工作表保护后点“校验”。");
    const all = validateReducer(on, { type: "highlight/result", skipped: [] });
    expect(highlightStatus(all, zhCN, sheets)).toBe("已标出 4 个单元格。");
  });

  it("says which sheets kept their marks when the highlight is turned off", () => {
    const off = validateReducer({ ...initialValidate, analysis }, { type: "highlight/result", skipped: ["问题整改", "宣传投放"] });
    expect(highlightStatus(off, zhCN, sheets)).toBe("以下工作表受保护，其中的标记未能清除：问题整改、宣传投放。请在“审阅”中撤消工作表保护后，打开再关闭此开关。");
    expect(highlightStatus(validateReducer(off, { type: "highlight/result", skipped: [] }), zhCN, sheets)).toBe("已清除标记。");
  });
});

describe("validateReducer", () => {
  it("marks the analysis stale on a change and fresh on the next check", () => {
    const changed = validateReducer(initialValidate, { type: "workbook/changed" });
    expect(changed.stale).toBe(true);
    expect(validateReducer(changed, { type: "check/start" })).toMatchObject({ stale: false, phase: "running" });
  });
});

describe("templateReducer / summaryReducer", () => {
  it("tracks impose and export phases", () => {
    expect(templateReducer(initialTemplate, { type: "impose/failed", error: "x" })).toEqual({ phase: "failed", error: "x" });
    const confirm = summaryReducer(initialSummary, { type: "export/confirm" });
    expect(summaryReducer(confirm, { type: "export/done", message: "已开始下载“a.docx”……" })).toMatchObject({ exportPhase: "done", exportMessage: "已开始下载“a.docx”……" });
    expect(summaryReducer({ ...initialSummary, selected: { block: 1, run: 0 } }, { type: "names/set", on: true }).selected).toBeUndefined();
  });

  it("puts copying behind the same confirmation as export (仍然复制), and clears it when copying starts", () => {
    const confirm = summaryReducer(initialSummary, { type: "export/confirm", what: "copy" });
    expect(confirm).toMatchObject({ exportPhase: "confirm", confirming: "copy" });
    expect(summaryReducer(initialSummary, { type: "export/confirm" })).toMatchObject({ confirming: "export" });
    const copying = summaryReducer(confirm, { type: "copy/start" });
    expect(copying).toMatchObject({ exportPhase: "idle", confirming: undefined, copyPhase: "idle" });
    expect(summaryReducer(copying, { type: "copy/done" }).copyPhase).toBe("done");
    expect(summaryReducer(confirm, { type: "export/cancel" })).toMatchObject({ exportPhase: "idle", confirming: undefined });
    // A finished export stays reported when the text is copied afterwards.
    const exported = summaryReducer(initialSummary, { type: "export/done", message: "已开始下载“a.docx”……" });
    expect(summaryReducer(exported, { type: "copy/start" }).exportPhase).toBe("done");
  });
});

describe("debounce", () => {
  it("calls once after the last of several calls", () => {
    jest.useFakeTimers();
    const fn = jest.fn();
    const d = debounce(fn, 500);
    d();
    jest.advanceTimersByTime(300);
    d();
    jest.advanceTimersByTime(499);
    expect(fn).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    jest.useRealTimers();
  });
});
