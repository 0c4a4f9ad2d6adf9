/**
 * New-user test 69 (docs/new-user-test-pane-69.md), fixer qa — `import` of a hotel's home-made sheet (files/hotel.js):
 * - D1: a 志愿服务 row `员工志愿者参与交通劝导 | 15人次` became 志愿服务 注册人数 15 (the activity's name as the team's), and the
 *   summary said `现有注册志愿者15人`. 人次 counts the people an activity drew, never a team's members: the row is an
 *   activity of 15人次; a 注册人数 typed in 人次 elsewhere is said in the import report and never taken as members.
 * - D9: a `培训 | 员工文明礼仪培训 | 两次 | 45人参加` row was not imported (`看不出属于哪类台账`): it is an activity of
 *   类型 会议培训. The 文明旅游提示卡 row lost its thing to `其他宣传品` and one source column went to different fields.
 * - D12: `next`'s message named 宣传栏数量 for an error in a 宣传资料 row.
 */
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { importLedgers } from "../src/core/import";
import type { CellValue, SheetGrid } from "../src/core/grid/types";
import { startNextPeriod } from "../src/core/actions/next-period";
import { standardV1 } from "../src/core/catalog";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(90000);

/** The tester's sheet (files/hotel.js); `rows` replace its data rows. */
function hotel(rows?: CellValue[][]): SheetGrid {
  const values: CellValue[][] = [
    ["青川县锦江宾馆2025年创文工作统计表"],
    [],
    ["序号", "类别", "工作内容", "数量", "时间", "备注"],
    ...(rows ?? [
      [1, "宣传", "大堂LED屏播放公益广告", "2块", "2025.3.1", null],
      [2, "宣传", "客房放置文明旅游提示卡", "120份", "2025.4", null],
      [3, "宣传", "门口悬挂创文横幅", "3条", "2025.5.1", null],
      [4, "志愿服务", "员工志愿者参与交通劝导", "15人次", "2025.6.8", "带队 孙经理 13982345678"],
      [5, "活动", "中秋节员工联欢会", "60人", "2025.10.6", null],
      [6, "问题整改", "门前乱停放电动车", "8处", "2025.7", "已整改6处"],
      [7, "培训", "员工文明礼仪培训", "两次", "2025.8.12", "45人参加"],
      [8, "荣誉", "市级文明单位", "1个", "2025.12", null],
    ]),
    ["合计", null, null, "211", null, null],
    [],
    ["填表人：孙丽", null, "联系电话：13982345678", null, "填表日期：2025年12月20日", null],
  ];
  return { name: "创文工作统计", originRow: 1, originCol: 1, values, tables: [], merges: ["A1:F1"] };
}

const importOf = (grid: SheetGrid) =>
  importLedgers([{ label: "u5-锦江宾馆自制表.xlsx", snapshot: { sheets: [grid] } as never }], {});

const messages = (out: ReturnType<typeof importOf>): string => out.result.findings.map((f) => f.message).join("\n");

describe("D1: a 志愿服务 row counted in 人次 is an activity's turnout, never registered volunteers", () => {
  it("imports `员工志愿者参与交通劝导 | 15人次` into 活动台账 (参与 15 人次), nothing into 志愿服务", () => {
    const { ledgers } = importOf(hotel()).result.content;
    expect(ledgers["志愿服务"] ?? []).toEqual([]);
    expect(ledgers["活动台账"]).toContainEqual({ 日期: { date: "2025-06-08" }, 活动名称: "员工志愿者参与交通劝导", 活动类型: "志愿服务", 参与数量: 15, 单位: "人次", 备注: "带队" });
  });

  it("the summary tells the activity, never `现有注册志愿者15人`", async () => {
    const text = await summaryTextOf(importOf(hotel()).result.content as unknown as WorkbookContent);
    expect(text).toContain("　　6月8日开展“员工志愿者参与交通劝导”活动，参与15人次。");
    expect(text).not.toContain("注册志愿者15人");
    expect(text).not.toContain("员工志愿者参与交通劝导现有注册志愿者");
  });

  it("a 注册人数 typed in 人次 in a team list is said in the report and never taken as members", () => {
    const grid: SheetGrid = {
      name: "志愿服务", originRow: 1, originCol: 1, tables: [], merges: [],
      values: [["队伍名称", "注册人数", "服务次数"], ["员工志愿服务队", "15人次", 3], ["青年突击队", "20人", 5]],
    };
    const out = importOf(grid);
    expect(out.result.content.ledgers["志愿服务"]).toEqual([
      { 队伍名称: "员工志愿服务队", 队伍类型: "其他", 服务次数: 3, 备注: "注册人数：15人次" },
      { 队伍名称: "青年突击队", 队伍类型: "青年志愿者", 注册人数: 20, 服务次数: 5 },
    ]);
    expect(messages(out)).toContain("志愿服务!B2：“15人次”以“人次”计，不是志愿服务“注册人数”（以人计，每人只计一次），原文记入备注，注册人数未填写，请在标准台账中核对。");
  });
});

describe("D9: a 培训 row is imported; the 其他 thing keeps its words; one column goes to one field", () => {
  it("imports `培训 | 员工文明礼仪培训` into 活动台账 as 会议培训", () => {
    const out = importOf(hotel());
    expect(out.result.content.ledgers["活动台账"]).toContainEqual({ 日期: { date: "2025-08-12" }, 活动名称: "员工文明礼仪培训", 活动类型: "会议培训", 备注: "数量：两次；45人参加" });
    expect(messages(out)).not.toContain("看不出属于哪类台账");
  });

  it("puts every row's 工作内容 into 位置或内容, never into 备注 on one row and 位置或内容 on the next", () => {
    const rows = importOf(hotel()).result.content.ledgers["宣传投放"] ?? [];
    expect(rows.map((r) => [r["类型"], r["位置或内容"], r["备注"]])).toEqual([
      ["公益广告", "大堂LED屏播放公益广告", undefined],
      ["其他", "客房放置文明旅游提示卡", undefined],
      ["横幅", "门口悬挂创文横幅", undefined],
    ]);
  });

  it("the summary names the 提示卡 where it was placed, never `其他宣传品120份`", async () => {
    const text = await summaryTextOf(importOf(hotel()).result.content as unknown as WorkbookContent);
    expect(text).toContain("　　在大堂LED屏投放公益广告2块，在门口悬挂创文横幅3条，在客房放置文明旅游提示卡120份。");
    expect(text).toContain("　　8月12日开展“员工文明礼仪培训”。");
    expect(text).not.toContain("其他宣传品");
  });
});

describe("D12: next's refusal names the indicators the erring row feeds", () => {
  const refusal = async (rows: Record<string, string | number>[]): Promise<string> => {
    const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
      profile: { 单位名称: "青川农村商业银行城关支行", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第二季度" },
      ledgers: { 宣传投放: rows },
    }));
    const result = startNextPeriod(snapshot, standardV1);
    return result.ok ? "" : result.message;
  };

  it("an error in a 宣传资料 row names 宣传资料发放份数, never 宣传栏数量", async () => {
    const text = await refusal([
      { 类型: "公益广告", 位置或内容: "营业厅电子屏", 数量: 2, 单位: "块", 日期: "2025-04-10" },
      { 类型: "宣传资料", 位置或内容: "反诈宣传单", 数量: "同上", 单位: "份", 方式: "发放", 日期: "2025-05-10" },
    ]);
    expect(text).toBe("本台账有1个错误（宣传投放!C4），开始下一期会把按有错的数据算出的宣传资料发放份数存入“上期指标”；请先改正，再开始下一期。");
  });

  it("an error in a row no indicator of its cell counts names none", async () => {
    const text = await refusal([
      { 类型: "横幅", 位置或内容: "营业厅门口", 数量: "同上", 单位: "条", 日期: "2025-04-02" },
    ]);
    expect(text).toContain("开始下一期会把有错的内容带入下一期");
  });
});
