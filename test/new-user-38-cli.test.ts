/**
 * New-user test 38 (docs/new-user-test-pane-38.md): lows fixed by hand.
 * D24: 单位类型 typed as the office calls itself (`局机关`, `村民委员会`, `中学`) got the list and no suggestion, while a
 * 报告期 `一季度` got `请选“第一季度”`.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

const ledgers = { 活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务活动", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" }] };
const finding = async (unitType: string): Promise<string> => {
  const { out } = await cli("check", await workbookFile({ profile: { 单位名称: "城南区生态环境分局", 单位类型: unitType, 报告年度: 2025, 报告期: "上半年" }, ledgers }));
  return out.split("\n").find((l) => l.includes("基本信息!B5")) ?? "";
};

describe("new-user test 38 D24: 单位类型 near-misses are suggested", () => {
  it.each([
    ["局机关", "机关部门"],
    ["区直部门", "机关部门"],
    ["村民委员会", "村"],
    ["社区居民委员会", "社区"],
    ["中学", "学校"],
  ])("%s → %s", async (typed, value) => {
    expect(await finding(typed)).toContain(`“${typed}”请选“${value}”`);
  });
});

describe("new-user test 38 D26: 户数 above 常住人口; a sum rounded up to 10000万", () => {
  it("says 户数 5000 above 常住人口 3000 at 户数, and writes 约1亿元 for 99,999,999元", async () => {
    const file = await workbookFile({
      profile: { 单位名称: "石牌东社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 常住人口: 3000, 户数: 5000 },
      ledgers: { ...ledgers, 宣传投放: [{ 类型: "公益广告", 位置或内容: "社区主干道", 数量: 20, 单位: "块", 方式: "新设", "投入金额（元）": 99999999 }] },
    });
    const { out } = await cli("check", file);
    expect(out).toContain("提示 基本信息!B13 [profile.households-over-population] 户数5000户多于常住人口3000人，每户至少有1人，其中必有一个数字有误；总结会照此写出，请核对。");
    const text = (await cli("summarize", file, "--force", "--text", "-")).out;
    expect(text).toContain("投入宣传经费约1亿元");
    expect(text).not.toContain("10000万元");
  });
});
