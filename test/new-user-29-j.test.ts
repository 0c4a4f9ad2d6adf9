/**
 * New-user test 29 (docs/new-user-test-pane-29.md), defects D22 and D25: a people word on a facility is flagged and never
 * printed (`新增充电桩20人`); a lecture's own name and number is no 主题 (`以“《道德讲堂》第3期”为主题`).
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const profile = { 单位名称: "钟楼社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };

const chargers = {
  profile,
  ledgers: {
    其他指标: [
      { 板块: "设施建设", 指标名称: "新增充电桩", 数值: 20, 单位: "人" },
      { 板块: "设施建设", 指标名称: "更换分类垃圾桶", 数值: 120, 单位: "个" },
      { 板块: "设施建设", 指标名称: "安装路灯", 数值: 36, 单位: "盏" },
    ],
  },
};

it("D22: 充电桩 counted in 人 is a 提示 at 其他指标!D3, and the text prints 个 (never `新增充电桩20人`)", async () => {
  const out = (await cli("check", await workbookFile(chargers, "n.xlsx"))).out;
  const findings = out.split("\n").filter((l) => l.includes("value.measure-word"));
  expect(findings.map((l) => l.trim())).toEqual([
    "提示 其他指标!D3 [value.measure-word] 其他指标D3的单位“人”不适合“新增充电桩”，应为“个”（可用“个”、“台”、“根”、“套”）。总结中写作“个”；请把单位改为“个”。",
  ]);
  const text = await summaryTextOf(chargers);
  expect(text).toContain("新增充电桩20个");
  expect(text).toContain("更换分类垃圾桶120个");
  expect(text).toContain("安装路灯36盏");
  expect(text).not.toContain("20人");
});

it("D22: the facilities' rules — a people word is wrong, the thing's own words are right", async () => {
  const { isWrongMeasureWord, printedMeasureWord } = await import("../src/core/catalog");
  for (const [thing, preferred] of [
    ["新增充电桩", "个"], ["更换分类垃圾桶", "个"], ["垃圾桶", "个"], ["安装路灯", "盏"], ["增设休闲座椅", "张"],
    ["安装健身器材", "套"], ["新增监控", "个"], ["安装高清摄像头", "个"],
  ]) {
    expect([thing, isWrongMeasureWord(thing, "人"), printedMeasureWord(thing, "人")]).toEqual([thing, true, preferred]);
    expect([thing, isWrongMeasureWord(thing, "名")]).toEqual([thing, true]);
  }
  for (const [thing, word] of [
    ["新增充电桩", "个"], ["新增充电桩", "台"], ["新增充电桩", "根"], ["新增充电桩", "处"], ["垃圾桶", "组"], ["垃圾桶", "只"],
    ["安装路灯", "盏"], ["安装路灯", "根"], ["增设休闲座椅", "张"], ["增设休闲座椅", "把"], ["安装健身器材", "套"], ["安装健身器材", "件"],
    ["新增监控", "个"], ["新增监控", "路"], ["安装高清摄像头", "台"], ["新增监控探头", "个"],
  ]) expect([thing, word, isWrongMeasureWord(thing, word)]).toEqual([thing, word, false]);
  // Not facilities: 桶装垃圾 is weighed, 生活垃圾 stays with the weight rule; a 监控中心 is no camera.
  expect(isWrongMeasureWord("清运生活垃圾", "车")).toBe(false);
  expect(isWrongMeasureWord("建设监控中心", "个")).toBe(false);
});

const lectures = (names: string[]) => ({
  profile,
  ledgers: {
    活动台账: names.map((name, i) => ({ 日期: `2025-0${5 + (i % 2)}-${10 + i}`, 活动名称: name, 活动类型: "道德讲堂", 参与数量: 50 - 5 * i, 单位: "人" })),
  },
});

it("D25: a 期号 is not a 主题: `以“孝老爱亲”为主题`, taken after the colon of the other row", async () => {
  const text = await summaryTextOf(lectures(["《道德讲堂》第3期", "道德讲堂第4期：孝老爱亲"]));
  expect(text).toContain("先后开展2期道德讲堂，累计参与95人，以“孝老爱亲”为主题。");
  expect(text).not.toContain("第3期”为主题");
});

it("D25: lectures named only by their own name and number give no 主题 clause", async () => {
  const text = await summaryTextOf(lectures(["《道德讲堂》第3期", "“道德讲堂”第4期", "第5期道德讲堂"]));
  expect(text).toContain("先后开展3期道德讲堂，累计参与135人。");
  expect(text).not.toContain("为主题");
});
