/**
 * New-user test 30 (docs/new-user-test-pane-30.md), D7 and D14: a figure no unit could have is an error that stops the
 * summary; an amount of 元 unlikely for the unit's 单位类型 is a 提示 naming the cell and the amount as written.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

const bureau = { 单位名称: "东城区城市管理局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" } as const;

it("D7: 999999999处 流动摊点 beside 2500处 乱张贴 is an error at each cell; no summary without --force, and forced the row is left out", async () => {
  const file = await workbookFile({
    profile: bureau,
    ledgers: { 问题整改: [{ 问题类别: "流动摊点", 发现数: 999999999, 已整改数: 999999999, 单位: "处" }, { 问题类别: "乱张贴", 发现数: 2500, 已整改数: 2500, 单位: "处" }] },
  }, "d.xlsx");
  const check = await cli("check", file);
  expect(check.code).toBe(1);
  expect(check.out).toContain("错误 问题整改!B3 [value.impossible] “发现数”为999999999处，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。");
  expect(check.out).toContain("错误 问题整改!C3 [value.impossible] “已整改数”为999999999处，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。");
  expect(check.out).not.toContain("[value.implausible]");
  expect(check.out).not.toContain("问题整改!B4");
  const summary = await cli("summarize", file, "--text", "-", "--date", "2025-07-05");
  expect(summary.code).toBe(1);
  expect(summary.out).toBe("");
  expect(summary.err).toContain("台账有错误，未生成总结。");
  // Forced, the row is in no figure (never `流动摊点和乱张贴问题1000002499处`), and that is said beside the summary.
  const forced = await cli("summarize", file, "--force", "--text", "-", "--date", "2025-07-05");
  expect(forced.err).toContain("（问题整改第3行有错误（B3），该行未写入总结）\n");
  expect(forced.err).not.toContain("已整改数大于发现数");
  expect(forced.err).not.toContain("总结照原样写出");
  expect(forced.out).toContain("　　2025年上半年，东城区城市管理局整改乱张贴问题2500处。现将有关情况总结如下。\n");
  expect(forced.out).toContain("巡查发现乱张贴问题2500处，已整改2500处。");
  expect(forced.out).not.toMatch(/999999999|1000002499|流动摊点/u);
});

it("D7: the limits by measure word — 1,000,000 块 of 宣传投放, 100,000,000 人 of 志愿服务, 1,000,000,000 人次 of 活动台账, 1,000,000 场 of 其他指标", async () => {
  const file = await workbookFile({
    profile: bureau,
    ledgers: {
      宣传投放: [{ 类型: "公益广告", 位置或内容: "主干道", 数量: 1000000, 单位: "块" }, { 类型: "宣传单", 位置或内容: "全区", 数量: 999999, 单位: "份" }],
      志愿服务: [{ 队伍名称: "城管志愿服务队", 队伍类型: "综合志愿者", 注册人数: 100000000 }],
      活动台账: [{ 日期: "2025-03-05", 活动名称: "网上祭英烈", 活动类型: "我们的节日", 参与数量: 999999999, 单位: "人次" }, { 日期: "2025-03-06", 活动名称: "文明交通劝导", 活动类型: "志愿服务", 参与数量: 1000000000 }],
      其他指标: [{ 板块: "宣传教育", 指标名称: "开展宣讲", 数值: 1000000, 单位: "场" }, { 板块: "其他", 指标名称: "清运垃圾", 数值: 99999999, 单位: "吨" }],
    },
  });
  const found = (await cli("check", file)).out.split("\n").filter((l) => l.includes("[value.impossible]") || l.includes("[value.implausible]"));
  expect(found).toEqual([
    "错误 宣传投放!C3 [value.impossible] “数量”为1000000块，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。",
    "错误 志愿服务!C3 [value.impossible] “注册人数”为100000000人，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。",
    // A blank 单位 reads as the most lenient word of its list (人次).
    "错误 活动台账!D4 [value.impossible] “参与数量”为1000000000人次，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。",
    "错误 其他指标!C3 [value.impossible] “数值”为1000000场，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。",
    "提示 活动台账!D3 [value.implausible] “参与数量”为999999999，远超一个单位可能的数字，请核对是否多输了数字；总结会照此写出。",
  ]);
});

it("D14: a 社区's 宣传经费 of 12345678.9元 is a 提示 at the cell with the amount as written; 1.5万 of 道旗 is not", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "翠苑社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: { 宣传投放: [
      { 类型: "电子屏", 位置或内容: "小区出入口", 数量: 8, 单位: "块", 方式: "新设", "投入金额（元）": 12345678.9 },
      { 类型: "道旗", 位置或内容: "主干道", 数量: 40, 单位: "面", 方式: "新设", "投入金额（元）": "1.5万" },
    ] },
  });
  const lines = (await cli("check", file)).out.split("\n").filter((l) => l.includes("implausible") || l.includes("impossible"));
  expect(lines).toEqual(["提示 宣传投放!F3 [money.implausible] “投入金额”为12345678.9元，一个社区一期的宣传经费很少超过100万元，请核对是否多输了位数或把分写成了元。"]);
});

it("D7: forced, a 发现数 no unit could have leaves its row out even when its 已整改数 is plausible", async () => {
  const file = await workbookFile({
    profile: bureau,
    ledgers: { 问题整改: [{ 问题类别: "占道经营", 发现数: 9999999, 已整改数: 30, 单位: "处" }, { 问题类别: "乱张贴", 发现数: 2500, 已整改数: 2400, 单位: "处" }] },
  });
  const forced = await cli("summarize", file, "--force", "--text", "-", "--date", "2025-07-05");
  expect(forced.err).toContain("（问题整改第3行有错误（B3），该行未写入总结）\n");
  expect(forced.out).toContain("巡查发现乱张贴问题2500处，已整改2400处。");
  expect(forced.out).not.toMatch(/9999999|占道经营|10002499/u);
});

it("D14: the ceiling is by 单位类型 — a 街道's 600万元 is told (500万元), a 机关部门's 600万元 is not; an unknown type has none", async () => {
  const checkOf = async (单位类型: string, amount: number): Promise<string[]> => {
    const file = await workbookFile({
      profile: { 单位名称: "东湖街道办事处", 单位类型, 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 宣传投放: [{ 类型: "公益广告", 位置或内容: "主干道", 数量: 300, 单位: "块", 方式: "新设", "投入金额（元）": amount }] },
    });
    return (await cli("check", file)).out.split("\n").filter((l) => l.includes("[money.implausible]") || l.includes("[value.impossible]"));
  };
  expect(await checkOf("街道", 6000000)).toEqual(["提示 宣传投放!F3 [money.implausible] “投入金额”为6000000元，一个街道一期的宣传经费很少超过500万元，请核对是否多输了位数或把分写成了元。"]);
  expect(await checkOf("街道", 5000000)).toEqual([]);
  expect(await checkOf("机关部门", 6000000)).toEqual([]);
  expect(await checkOf("机关部门", 60000000)).toEqual(["提示 宣传投放!F3 [money.implausible] “投入金额”为60000000元，一个机关部门一期的宣传经费很少超过5000万元，请核对是否多输了位数或把分写成了元。"]);
  expect(await checkOf("toString", 60000000)).toEqual([]);
  // 100亿元 is no unit's: an error, not also a 提示.
  expect(await checkOf("社区", 10000000000)).toEqual(["错误 宣传投放!F3 [value.impossible] “投入金额”为10000000000元，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。"]);
});
