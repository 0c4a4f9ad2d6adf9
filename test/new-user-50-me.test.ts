/**
 * New-user test 50 (docs/new-user-test-pane-50.md), D11 (the 导语 part), found by reading the tester's 县人民医院 file
 * after the helpers' fixes: a typed 导语 that closes on its means (`……，以“文明就医”为抓手。`) was followed by a sentence of
 * figures with no subject (`共开展各类活动5场……`), and `今年上半年` stood under the dated title.
 */
import { summaryTextOf } from "./support/summaries";
import { rolledUpText, type Ledgers } from "./support/rollup";

const hospital = { 单位名称: "县人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年", 上级指导单位: "县卫健委" };

it("D11: a dangling 导语 goes on with the period's work in one sentence; 今年 is the report's year", async () => {
  const text = await summaryTextOf({
    profile: hospital,
    ledgers: {
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿导医", 活动类型: "志愿服务", 参与数量: 20, 单位: "人" },
        { 日期: "2025-05-31", 活动名称: "世界无烟日控烟宣传", 活动类型: "宣传教育", 参与数量: 200, 单位: "人次" },
      ],
      宣传投放: [{ 类型: "宣传单", 数量: 2000, 单位: "份", "投入金额（元）": 18600 }],
      文字材料: [{ 类型: "导语", 内容: "今年上半年我院在县卫健委的指导下，以“文明就医”为抓手。" }],
    },
  });
  expect(text.split("\n")[2]).toBe("\u3000\u30002025年上半年我院在县卫健委的指导下，以“文明就医”为抓手，共投入宣传经费1.86万元。现将有关情况总结如下。");
});

it("D11: a 导语 that closes on its means before a sentence with its own subject keeps its full stop", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿导医", 活动类型: "志愿服务", 参与数量: 20, 单位: "人" }],
      文字材料: [{ 类型: "导语", 内容: "医院以“文明就医”为抓手。" }],
    },
  });
  expect(text.split("\n")[2]).toMatch(/^\u3000\u3000医院以“文明就医”为抓手。/u);
});

it("D11: what a meeting talked over, said so (`商量电动车充电桩的事`), is left out of its 组织保障 name", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "阳光小区物业服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 组织保障: [{ 事项类型: "工作会议", 名称或内容: "业委会物业联席会 商量电动车充电桩的事", 数量: 2, 单位: "次", 日期: "2025-06-10" }] },
  });
  expect(text).toContain("召开业委会物业联席会2次");
  expect(text).not.toContain("商量");
});

it("D6 in a roll-up: complaints named as such take no 问题 after them (never `……等投诉问题12件`)", async () => {
  const hospital = (found: number, done: number): Ledgers => ({
    问题整改: [
      { 问题类别: "其他", 发现数: found, 已整改数: done, 单位: "件", 备注: "患者投诉 态度不好" },
      { 问题类别: "卫生死角", 发现数: 15, 已整改数: 15, 单位: "处" },
    ],
  });
  const text = await rolledUpText("县卫生健康委员会", "机关部门", [["县人民医院", "企事业单位", hospital(12, 10)], ["县中医院", "企事业单位", hospital(6, 6)]]);
  expect(text).toContain("全系统共排查发现患者反映服务态度问题等投诉18件，已办结16件；卫生死角问题30处，均已整改到位。");
  expect(text).not.toContain("投诉问题");
});
