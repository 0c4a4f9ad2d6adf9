/**
 * New-user test 41 (docs/new-user-test-pane-41.md), roll-up narrative: D12, D13, D15, D18.
 */
import { rolledUpText, type Ledgers } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";
import { differenceOf } from "../src/core/facts";
import type { ParsedCell } from "../src/core/validate";

const machineTool: Ledgers = {
  组织保障: [
    { 事项类型: "领导小组", 名称或内容: "社区创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-06" },
    { 事项类型: "共建单位", 名称或内容: "原机床厂、物业公司、辖区幼儿园", 数量: "5", 单位: "家", 日期: "2025-02-10" },
  ],
  志愿服务: [
    { 队伍名称: "机床厂老党员志愿服务队", 队伍类型: "党员志愿者", 注册人数: 35, 服务次数: 24, "服务时长（小时）": "约300" },
    { 队伍名称: "积分超市志愿队", 队伍类型: "老年志愿者", 注册人数: 58, 服务次数: 12, "服务时长（小时）": 150 },
  ],
  问题整改: [
    { 问题类别: "乱张贴", 发现数: 55, 已整改数: 50, 单位: "处" },
    { 问题类别: "卫生死角", 发现数: 24, 已整改数: 24, 单位: "处" },
    { 问题类别: "占道堆放", 发现数: 35, 已整改数: 31, 单位: "处" },
    { 问题类别: "其他", 发现数: 12, 已整改数: 9, 单位: "处", 备注: "飞线充电" },
  ],
};
const xiangyang: Ledgers = {
  组织保障: [
    { 事项类型: "领导小组", 名称或内容: "社区创文工作领导小组", 数量: 1, 单位: "个" },
    { 事项类型: "共建单位", 名称或内容: "辖区单位", 数量: "三十余", 单位: "家" },
  ],
  志愿服务: [{ 队伍名称: "向阳社区志愿服务队", 队伍类型: "综合志愿者", 注册人数: "约200", 服务次数: "三十余", "服务时长（小时）": "1.2万" }],
  问题整改: [
    { 问题类别: "卫生死角", 发现数: "三十余", 已整改数: "三十", 单位: "处" },
    { 问题类别: "乱张贴", 发现数: "百余", 已整改数: "百余", 单位: "处" },
  ],
};

let street: Promise<string> | undefined;
const streetText = (): Promise<string> => (street ??= rolledUpText("东风街道办事处", "街道", [["机床厂社区居委会", "社区", machineTool], ["向阳社区居委会", "社区", xiangyang]]));

it("D12: 5家 + 三十余家 共建单位 is `35余家` (the stated sum with 余, new-user test 50 D4: 三十余 + 15 is 45余), never an exact 35家", async () => {
  const text = await streetText();
  expect(text).toContain("2个社区均成立创建工作领导小组，共与30余家共建单位结对共建。");
  expect(text).not.toContain("与35家共建单位");
});

it("D13: problems still open are never said below an exact unit's own open count (机床厂 126/114, 向阳 三十余/30 and 百余/百余)", async () => {
  const text = await streetText();
  // The one unit whose rate can be computed (向阳's counts are rough) is compared with no average (new-user test 42, D18).
  expect(text).toContain("机床厂社区尚有12处问题未整改到位，需持续跟进。");
  expect(text).not.toContain("约10处");
});

it("D13: what is left of a total with approximate rows is never said below what its exact rows alone leave (differenceOf)", () => {
  const cell = (value: number, over?: "over" | "about"): ParsedCell => ({ value, source: "问题整改!C3", ...(over ? { approx: { kind: over, word: over === "over" ? "余" : "约" } } : {}) });
  const open = differenceOf([cell(126), cell(30, "over"), cell(100, "over")], [cell(114), cell(30), cell(100, "over")], "处", []);
  expect(open).toMatchObject({ value: 12, approx: "about" });
});

it("D15: 约300 + 150 hours + 1.2万 hours is said at the 万 part's precision: `约1.2万小时`, never `约12450小时`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "向阳社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      志愿服务: [
        { 队伍名称: "老党员志愿服务队", 队伍类型: "党员志愿者", 注册人数: 35, 服务次数: 24, "服务时长（小时）": "约300" },
        { 队伍名称: "积分超市志愿队", 队伍类型: "老年志愿者", 注册人数: 58, 服务次数: 12, "服务时长（小时）": 150 },
        { 队伍名称: "向阳社区志愿服务队", 队伍类型: "综合志愿者", 注册人数: 200, 服务次数: 30, "服务时长（小时）": "1.2万" },
      ],
    },
  });
  expect(text).toContain("服务时长约1.2万小时");
  expect(text).not.toContain("12450");
});

it("D18: a 机关部门 named `国家税务总局城南区税务局` is a 区直部门 as 城南区民政局 is, and the units of two kinds are then `各单位`", async () => {
  const ledgers = (who: string): Ledgers => ({
    组织保障: [{ 事项类型: "领导小组", 名称或内容: `${who}创文工作领导小组`, 数量: 1, 单位: "个" }],
    活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" }],
  });
  const text = await rolledUpText("城南区文明办", "机关部门", [
    ["东风街道办事处", "街道", ledgers("街道")],
    ["西湖街道办事处", "街道", ledgers("街道")],
    ["城南区民政局", "机关部门", ledgers("局")],
    ["国家税务总局城南区税务局", "机关部门", ledgers("局")],
  ]);
  expect(text).toContain("全区2个街道和2个区直部门共开展各类活动4场");
  expect(text).toContain("各单位均成立创建工作领导小组。");
  expect(text).not.toContain("1家单位");
});
