/**
 * @jest-environment jsdom
 */
/**
 * The 总结 tab over the host seam (Excel pane and 网页版): what it says of the rows with errors beside the summary it
 * previews — the same true line the CLI prints, from that summary (new-user test 24, D13).
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { analyseLedger, type Analysis } from "../../core";
import { makeSnapshot } from "../../../test/support/snapshot";
import { PaneContext } from "../ops-context";
import { initialSummary } from "../state/summary";
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

function render(analysis: Analysis | undefined): void {
  act(() =>
    root.render(
      <PaneContext.Provider value={{ strings: zhCN }}>
        <SummaryTab state={initialSummary} dispatch={() => undefined} validate={{ phase: analysis ? "done" : "idle", analysis, highlight: false, stale: false }} check={async () => undefined} />
      </PaneContext.Provider>,
    ),
  );
}
const byTestId = (id: string): string[] => [...container.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent ?? "");

describe("总结 tab: rows with errors", () => {
  // Row 3: a date that cannot be read (A3), the activity still told; row 4: a 类型 not in the list and no figure.
  const analysis = analyseLedger(
    makeSnapshot({
      profile: { 单位名称: "南湖市场监管所", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        活动台账: [{ 日期: "2025年2月30日", 活动名称: "元宵节文明宣传", 活动类型: "宣传教育", 参与数量: 60, 单位: "人次" }],
        宣传投放: [{ 类型: "宣传展板", 位置或内容: "市场入口", 数量: "若干", 单位: "块" }],
      },
    }),
  );

  it("says from the summary it previews whether each row was written, as the CLI does (test 24 D13)", () => {
    render(analysis);
    const preview = container.querySelector("[data-testid='narrative']")?.textContent ?? "";
    expect(preview).toContain("元宵节文明宣传");
    expect(byTestId("summary-left-out")).toEqual(["宣传投放第3行有错误（A3），该行未写入总结", "活动台账第3行有错误（A3），该行已写入总结，请核对A3"]);
    expect(container.textContent).not.toContain("可能未写入总结");
  });
});

describe("总结 tab: a workbook refused (new-user test 26, D27)", () => {
  it("shows the refusal and no preview of a blank template: no page titled 创建文明城市工作总结 saying 开展创建工作", () => {
    render(analyseLedger(makeSnapshot({ profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" }, ledgers: {} })));
    expect(byTestId("summary-refused")).toEqual(["各台账都没有数据，不能生成总结。请先填写台账（也请确认打开的是本单位的台账文件）。"]);
    expect(container.querySelector("[data-testid='narrative']")).toBeNull();
    expect(container.textContent).not.toContain("开展创建工作");
    expect(container.textContent).not.toContain("创建文明城市工作总结");
  });
});
