import { analyzeWorkbook, standardV1 } from "..";
import { computeIndicators } from "./indicators";
import { makeSnapshot } from "../../../test/support/snapshot";

const factsOf = (spec: Parameters<typeof makeSnapshot>[0]) => analyzeWorkbook(makeSnapshot(spec), standardV1).facts;

describe("buildFacts", () => {
  it("leaves activities dated outside the report period out of the summary's facts", () => {
    const facts = factsOf({
      ledgers: { 活动台账: [{ 日期: 45082, 活动名称: "世界环境日宣传", 活动类型: "环境整治" }, { 日期: 45153, 活动名称: "中秋游园", 活动类型: "我们的节日" }] },
    });
    expect(facts.activities.map((g) => g.items.map((i) => i.name))).toEqual([["世界环境日宣传"]]);
  });

  it("recognises festivals by their usual words (迎新春 → 春节)", () => {
    const facts = factsOf({ ledgers: { 活动台账: [{ 日期: 44950, 活动名称: "迎新春写春联", 活动类型: "我们的节日" }, { 日期: 44961, 活动名称: "猜灯谜", 活动类型: "我们的节日" }] } });
    expect(facts.activities[0].items.map((i) => i.festival)).toEqual(["春节", "元宵"]);
  });

  it("gives no 整改率 indicator over problems counted in different units, so none is compared between periods (new-user test 15)", () => {
    const rate = (rows: Record<string, unknown>[]) => computeIndicators(factsOf({ ledgers: { 问题整改: rows as never } }), standardV1).find((i) => i.spec.id === "rectificationRate")?.figures.map((f) => Math.round(f.value * 10) / 10);
    expect(rate([{ 问题类别: "占道经营", 发现数: 300, 已整改数: 280, 单位: "处" }, { 问题类别: "乱张贴", 发现数: 150, 已整改数: 150, 单位: "处" }])).toEqual([95.6]);
    expect(rate([{ 问题类别: "占道经营", 发现数: 300, 已整改数: 280, 单位: "处" }, { 问题类别: "渣土偷倒", 发现数: 8, 已整改数: 6, 单位: "起" }])).toEqual([]);
  });

  it("computes rates from the exact sums, not the rounded totals the text says (new-user test 15, D4)", () => {
    const facts = factsOf({
      profile: { 常住人口: 52000 },
      ledgers: {
        志愿服务: [{ 队伍名称: "总队", 队伍类型: "其他", 注册人数: "5000余" }, { 队伍名称: "巾帼队", 队伍类型: "巾帼志愿者", 注册人数: 45 }],
        问题整改: [{ 问题类别: "占道经营", 发现数: "约300", 已整改数: 280, 单位: "处" }, { 问题类别: "乱张贴", 发现数: 150, 已整改数: 150, 单位: "处" }, { 问题类别: "卫生死角", 发现数: 8, 已整改数: 6, 单位: "处" }],
      },
    });
    expect(facts.volunteers.members?.value).toBe(5000);
    expect(facts.volunteers.registrationRate?.value.toFixed(2)).toBe("9.70");
    expect(facts.rectification.rate?.value.toFixed(2)).toBe("95.20");
  });

  it("counts open problems from the totals it prints beside them", () => {
    const facts = factsOf({
      ledgers: { 问题整改: [{ 问题类别: "乱张贴", 发现数: 5, 已整改数: 9, 单位: "处" }, { 问题类别: "占道经营", 发现数: 10, 已整改数: 2, 单位: "处" }] },
    });
    // The row that rectified more than it found is an error and in no figure (new-user test 3, D3):
    // the totals are 10 found, 2 rectified, and 8 open beside them.
    expect(facts.rectification.foundByUnit.map((f) => f.value)).toEqual([10]);
    expect(facts.rectification.rectifiedByUnit.map((f) => f.value)).toEqual([2]);
    expect(facts.rectification.openByUnit.map((f) => f.value)).toEqual([8]);
  });

  it("keeps a lone approximation's kind in a total (近2万 stays 近)", () => {
    const facts = factsOf({ ledgers: { 宣传投放: [{ 类型: "公益广告", 数量: 3, 单位: "块", "投入金额（元）": "近2万" }] } });
    expect(facts.publicity.spend).toMatchObject({ value: 20000, approx: "nearly" });
  });
});
