/**
 * New-user test 70 (docs/new-user-test-pane-70.md), `import` of a 民宿's home-made sheet (files/u5.js):
 * - D1 (high): `月份 | 工作内容 | 参加人数 | 发放宣传品 | 投入资金` was read as 宣传投放 (25%) with an invented `单位＝个` and the text
 *   said `投入宣传经费4600元`: 月份 is the activities' 日期 column, so the sheet is 活动台账, nothing invented.
 * - D11: `1月` … `6月` could not be read although the title gives the year: a month alone takes the title's year.
 */
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { importLedgers } from "../src/core/import";
import type { CellValue, SheetGrid } from "../src/core/grid/types";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(90000);

function homestay(): SheetGrid {
  const values: CellValue[][] = [
    ["云水间民宿2025年上半年创文工作情况统计表"],
    ["单位：青禾县云水间民宿（盖章）", null, null, null, null, "2025年7月2日"],
    ["月份", "工作内容", "参加人数", "发放宣传品", "投入资金", "备注"],
    ["1月", "开展员工文明礼仪培训", "12人", null, "800元", null],
    ["2月", "门前三包卫生整治", "8人", null, null, null],
    ["3月", "学雷锋志愿服务（清扫景区步道）", "15人次", null, null, null],
    ["4月", "发放文明旅游倡议书", null, "500份", "1,200元", null],
    ["6月", "“我们的节日·端午”游客包粽子体验", "约40人次", null, "2000元", null],
    ["合计", null, "75人", "500份", "4000元", null],
  ];
  return { name: "创文工作", originRow: 1, originCol: 1, values, tables: [], merges: ["A1:F1"] };
}

const importOf = () => importLedgers([{ label: "u5-云水间民宿自制表.xlsx", snapshot: { sheets: [homestay()] } as never }], { type: "企事业单位" } as never);

describe("new-user test 70, D1 and D11: a 月份 list of work is 活动台账", () => {
  it("imports activities dated by the title's year, nothing into 宣传投放", () => {
    const { ledgers } = importOf().result.content;
    expect(ledgers["宣传投放"] ?? []).toEqual([]);
    const rows = ledgers["活动台账"] ?? [];
    expect(rows.map((r) => [r["日期"], r["活动名称"]])).toEqual([
      ["2025年1月", "开展员工文明礼仪培训"], ["2025年2月", "门前三包卫生整治"], ["2025年3月", "学雷锋志愿服务（清扫景区步道）"],
      ["2025年4月", "发放文明旅游倡议书"], ["2025年6月", "“我们的节日·端午”游客包粽子体验"],
    ]);
  });
  it("the text invents no publicity spend", async () => {
    const text = await summaryTextOf(importOf().result.content as unknown as WorkbookContent);
    expect(text).not.toContain("宣传经费");
    expect(text).toContain("3月开展“学雷锋志愿服务（清扫景区步道）”活动，参与15人次。");
  });
});

/** New-user test 70 D9: a 督查 named by its thing (`在建工地文明施工督查`) takes 开展 with its frequency. */
describe("new-user test 70, D9: 坚持每月开展在建工地文明施工督查", () => {
  it("the verb before a name that only closes with its action", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青禾县城市建设投资集团有限公司", 单位简称: "集团公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" },
      ledgers: { 组织保障: [{ 事项类型: "督查检查", 名称或内容: "在建工地文明施工督查", 数量: "十二", 单位: "次", 频次: "每月" }] },
    });
    expect(text).toContain("坚持每月开展在建工地文明施工督查，累计开展12次");
  });
});

/** New-user test 70 D4: a carried partner typed with its partnership's word takes the word once. */
describe("new-user test 70, D4: 继续与县统计局结对共建", () => {
  it("never 结对共建结对共建", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青禾县城东社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "第二季度" },
      ledgers: { 组织保障: [
        { 事项类型: "领导小组", 名称或内容: "社区创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-10" },
        { 事项类型: "共建单位", 名称或内容: "县统计局结对共建", 数量: 1, 单位: "家", 日期: "2025-01-10" },
      ] },
    });
    expect(text).toContain("继续与县统计局结对共建");
    expect(text).not.toContain("结对共建结对共建");
  });
});
