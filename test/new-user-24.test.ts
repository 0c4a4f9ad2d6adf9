/**
 * New-user test 24 (docs/new-user-test-pane-24.md): the defects fixed in the session that ran it, each as the tester
 * typed it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { rolledUpText, type Ledgers } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

it("D1: money rows that open with their own verb take no 投入, and money is never one event's for a shared word", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "中国工商银行滨江支行", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      活动台账: [
        { 日期: 45748, 活动名称: "防范电信网络诈骗进社区", 活动类型: "宣传教育", 参与数量: "约80", 单位: "人", 地点: "滨江社区" },
        { 日期: 45780, 活动名称: "金融知识进校园", 活动类型: "宣传教育", 参与数量: 200, 单位: "人" },
      ],
      其他指标: [{ 板块: "宣传教育", 指标名称: "拦截电信诈骗资金", 数值: "1.5万", 单位: "元" }, { 板块: "组织保障", 指标名称: "安排创建专项资金", 数值: 120, 单位: "万元" }],
    },
  });
  expect(text).toContain("拦截电信诈骗资金1.5万元");
  expect(text).toContain("安排创建专项资金120万元");
  expect(text).not.toMatch(/投入拦截|投入安排|参与约80人，拦截/u);
});

it("D2: a park, a market and a library keep their own premises: no 包保, no 责任区域", async () => {
  const headings: string[] = [];
  for (const name of ["滨江公园管理处", "滨江农贸市场", "滨江区图书馆"]) {
    const text = await summaryTextOf({
      profile: { 单位名称: name, 单位类型: "企事业单位", 报告年度: 2025, 报告期: "下半年" },
      ledgers: { 问题整改: [{ 问题类别: "乱摆卖", 发现数: 60, 已整改数: 58, 单位: "处" }, { 问题类别: "卫生死角", 发现数: 30, 已整改数: 30, 单位: "处" }], 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创文工作领导小组" }] },
    });
    expect(text).toContain("排查发现各类问题90处，已整改88处");
    expect(text).not.toMatch(/包保|责任区域/u);
    headings.push(/二、([^\n]+)/u.exec(text)?.[1] ?? "");
  }
  expect(headings).toEqual(["加强园区管理，优化游园环境", "规范市场秩序，改善经营环境", "加强场馆管理，优化服务环境"]);
});

it("D7: a community 0.1 point below the street's rate is not called 相对滞后", async () => {
  const problems = (found: number, done: number): Ledgers => ({ 问题整改: [{ 问题类别: "乱张贴", 发现数: found, 已整改数: done, 单位: "处" }] });
  const text = await rolledUpText("城南街道办事处", "街道", [["幸福社区", "社区", problems(42, 41)], ["向阳社区", "社区", problems(40, 39)], ["和平社区", "社区", problems(41, 40)]]);
  expect(text).toContain("共排查发现各类问题123处，已整改120处");
  expect(text).not.toMatch(/滞后|低于全街道平均水平/u);
});

it("D4 (and test 25 D5): honours received come first, the highest first; 其中 lists with 、; a collective honour held by a part of the unit is said of it", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "市第一人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      先进典型: [{ 荣誉名称: "优秀护士", 级别: "本单位", 人数: 6 }, { 荣誉名称: "最美医生", 级别: "市", 人数: 2 }, { 荣誉名称: "省级文明科室", 级别: "省", 人数: 1, 备注: "急诊科" }],
      志愿服务: [{ 队伍名称: "青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 58 }, { 队伍名称: "医疗志愿服务队", 队伍类型: "专业志愿者", 注册人数: 35 }],
    },
  });
  expect(text).toContain("急诊科获评“省级文明科室”，2人获评市级“最美医生”；评选表彰优秀护士6人。");
  expect(text).toContain("其中青年志愿者58人、专业志愿者35人");
});

it("D9, D10: a hand-made list's 工作内容 and 投入 columns are imported, and the summary names the things and the money", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu24-"));
  const out = join(dir, "imported.xlsx");
  const imported = await cli("import", join(__dirname, "..", "docs", "new-user-test-24-files", "handmade.xlsx"), "-o", out, "--type", "企事业单位");
  expect(imported.out).toContain("B 工作内容 → 类型（表头近义词，85%）");
  expect(imported.out).toContain("D 投入 → 投入金额（元）（表头近义词，85%）");
  const text = (await cli("summarize", out, "--force", "--text", "-")).out;
  expect(text).toContain("设置公益广告12块和道旗30面，发放倡议书2000份。");
  expect(text).not.toContain("其他宣传品");
});

it("D10: two problems with none rectified, one each, are one clause: `占道经营、自行车乱停放问题各1处尚未整改到位`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "滨江区图书馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 问题整改: [{ 问题类别: "占道经营", 发现数: 1, 已整改数: 0, 单位: "处" }, { 问题类别: "其他", 发现数: 1, 已整改数: 0, 单位: "处", 备注: "自行车乱停放" }, { 问题类别: "卫生死角", 发现数: 2, 已整改数: 2, 单位: "处" }] },
  });
  expect(text).toContain("占道经营、自行车乱停放问题各1处尚未整改到位，需持续跟进。");
});

it("D5 (and test 25 D27): a 频次 far from the total it should give over the period is a 提示 at the total", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "中国工商银行滨江支行", 单位类型: "企事业单位", 报告年度: 2026, 报告期: "上半年" },
    ledgers: { 组织保障: [
      { 事项类型: "工作会议", 名称或内容: "创建工作推进会", 数量: 4, 单位: "次", 频次: "每季度1次" },
      { 事项类型: "工作会议", 名称或内容: "创文专题推进会", 数量: 6, 单位: "次", 频次: "每月1次" },
    ] },
  }, "行.xlsx");
  const out = (await cli("check", file)).out;
  expect(out).toContain("提示 组织保障!C3 [value.frequency-total] 频次“每季度1次”在报告期（约6个月）内约为2次，与填写的4次不符，总结只写累计的4次，不写频次；请核对频次或数量。");
  expect(out).not.toContain("组织保障!C4 [value.frequency-total]");
});

it("D8: after `3个社区均成立了……` the units are not named again: `共与9家共建单位结对共建`", async () => {
  const org: Ledgers = { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创建工作领导小组" }, { 事项类型: "共建单位", 名称或内容: "与驻区单位签订共建协议", 数量: 3, 单位: "家" }] };
  const text = await rolledUpText("城南街道办事处", "街道", [["幸福社区", "社区", org], ["向阳社区", "社区", org], ["和平社区", "社区", org]]);
  expect(text).toMatch(/均成立创建工作领导小组，共与9家共建单位结对共建。/u);
});
