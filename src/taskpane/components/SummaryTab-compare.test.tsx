/**
 * @jest-environment jsdom
 */
/**
 * New-user test 48 (docs/new-user-test-pane-48.md), D20 and D21: 与上期对比 with another unit's workbook picked in a workbook that
 * has 上期指标. The pane showed both `已与本台账“上期指标”…（2025年月度）对比` and `无法对比：…不是同一单位` and still compared
 * with 上期指标, while `summarize --previous` refused and wrote no comparison. Now one behaviour (the README's: a picked file
 * wins; refused, the summary has no comparison), one status line, and the month as `2025年3月`.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { analyseLedger, type Analysis } from "../../core";
import { makeSnapshot } from "../../../test/support/snapshot";
import { PaneContext } from "../ops-context";
import { initialSummary, type SummaryState } from "../state/summary";
import { zhCN } from "../strings";
import { SummaryTab } from "./SummaryTab";

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
});

function render(analysis: Analysis, state: SummaryState): void {
  act(() =>
    root.render(
      <PaneContext.Provider value={{ strings: zhCN }}>
        <SummaryTab state={state} dispatch={() => undefined} validate={{ phase: "done", analysis, highlight: false, stale: false }} check={async () => undefined} />
      </PaneContext.Provider>,
    ),
  );
}
const byTestId = (id: string): string[] => [...container.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent ?? "");
const serial = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

/** 新华街道 in April, started by 开始下一期 from March: 上期指标 holds March's 发现/已整改. */
function april(): Analysis {
  const snapshot = makeSnapshot({
    profile: { 单位名称: "新华街道办事处", 单位类型: "街道", 报告年度: 2025, 报告期: "月度", 起始日期: serial(2025, 4, 1), 截止日期: serial(2025, 4, 30) },
    ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 100, 已整改数: 95, 单位: "处" }] },
  });
  const values = [
    ["上期指标"], ["项目", "内容", null, null], ["单位名称", "新华街道办事处", null, null], ["报告年度", 2025, null, null], ["报告期", "月度", null, null],
    ["起始日期", serial(2025, 3, 1), null, null], ["截止日期", serial(2025, 3, 31), null, null], [null, null, null, null],
    ["指标", "数值", "单位", "约数"], ["发现问题数", 80, "处", null], ["已整改数", 70, "处", null],
  ];
  return analyseLedger({ sheets: [...snapshot.sheets, { name: "上期指标", originRow: 1, originCol: 1, values, tables: [] }] });
}

const hotel = analyseLedger(makeSnapshot({ profile: { 单位名称: "锦江大酒店", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" } }));

it("D21: without a picked file, the status names the month of 上期指标: `（2025年3月）`, never `（2025年月度）`", () => {
  render(april(), initialSummary);
  const status = byTestId("compare-status");
  expect(status).toHaveLength(1);
  expect(status[0]).toContain("已与本台账“上期指标”表中的上期数字（2025年3月）对比");
  expect(container.querySelector("[data-testid='narrative']")?.textContent ?? "").toContain("较上月");
});

it("D20: another unit's workbook picked: one line, the refusal, and a summary without a comparison (as summarize --previous)", () => {
  render(april(), { ...initialSummary, previous: { file: "hotel.xlsx", facts: hotel.facts } });
  expect(byTestId("compare-status")).toEqual(["无法对比：对比台账的单位“锦江大酒店”与本台账“新华街道办事处”不是同一单位，无法比较。总结未作对比。"]);
  expect(container.querySelector("[data-testid='narrative']")?.textContent ?? "").not.toContain("较上月");
});
