/**
 * New-user test 65 (docs/new-user-test-pane-65.md), D2, D5 and D6: the 水务集团's roll-up of its 水厂 and 营业所
 * (docs/new-user-test-65-files/sw.js).
 */
import { rolledUpText, type Ledgers } from "./support/rollup";

const GROUP = "澄江县水务集团有限公司";
const own: Ledgers = {
  组织保障: [{ 事项类型: "领导小组", 名称或内容: "创建文明城市工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-08" }],
  宣传投放: [{ 类型: "横幅", 位置或内容: "集团办公楼及各水厂门口", 数量: 12, 单位: "条", 方式: "新设", "投入金额（元）": 1800, 日期: "2025-03-10" }],
  文字材料: [{ 类型: "导语", 内容: "上半年，集团坚持将创文工作与优质供水服务相结合，统筹推动各基层单位落实创建任务。" }],
};
const office: Ledgers = {
  宣传投放: [{ 类型: "宣传单", 位置或内容: "节水宣传单", 数量: 1500, 单位: "份", 方式: "发放", 日期: "2025-04-18" }],
  活动台账: [{ 日期: "2025-04-18", 活动名称: "节水进社区", 活动类型: "宣传教育", 参与数量: 120, 单位: "人" }],
};
const works = (day: string): Ledgers => ({ 活动台账: [{ 日期: day, 活动名称: "河道清理", 活动类型: "环境整治", 参与数量: 25, 单位: "人" }] });

const text = (): Promise<string> => rolledUpText(GROUP, "企事业单位", [
  [GROUP, "企事业单位", own],
  ["澄江县水务集团第一水厂", "企事业单位", works("2025-03-22")],
  ["澄江县水务集团第二水厂", "企事业单位", works("2025-06-05")],
  ["澄江县水务集团城区营业所", "企事业单位", office],
]);

describe("new-user test 65: the 水务集团's roll-up", () => {
  let summary = "";
  beforeAll(async () => {
    summary = await text();
  }, 120000);

  it("D2: its 水厂 are counted as 水厂, never 部门", () => {
    expect(summary).toContain("全公司2个水厂和1个营业所共开展各类活动3场。");
    expect(summary).not.toContain("部门");
  });

  it("D5: the company's own spend is its own (`公司投入`), never `公司及……城区营业所共投入`", () => {
    expect(summary).toContain("公司悬挂横幅12条；县水务集团城区营业所发放宣传单1500份。公司投入宣传经费1800元。");
  });

  it("D6: after a 导语 that says it drives its units, no second `统筹各基层单位推进创建工作`", () => {
    expect(summary).toContain("　　上半年，集团坚持将创文工作与优质供水服务相结合，统筹推动各基层单位落实创建任务。全公司2个水厂");
    expect(summary).not.toContain("统筹各基层单位推进创建工作");
  });
});
