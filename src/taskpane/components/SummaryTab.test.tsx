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

function render(analysis: Analysis | undefined, state: SummaryState = initialSummary): void {
  act(() =>
    root.render(
      <PaneContext.Provider value={{ strings: zhCN }}>
        <SummaryTab state={state} dispatch={() => undefined} validate={{ phase: analysis ? "done" : "idle", analysis, highlight: false, stale: false }} check={async () => undefined} />
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

/**
 * New-user test 48 (docs/new-user-test-pane-48.md), D20 and D21: 与上期对比 with another unit's workbook picked in a workbook that
 * has 上期指标. The pane showed both `已与本台账“上期指标”…（2025年月度）对比` and `无法对比：…不是同一单位` and still compared
 * with 上期指标, while `summarize --previous` refused and wrote no comparison. Now one behaviour (the README's: a picked file
 * wins; refused, the summary has no comparison), one status line, and the month as `2025年3月`.
 */
describe("总结 tab: 与上期对比", () => {
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
});
