/**
 * New-user test 36 (docs/new-user-test-pane-36.md), defects D3 and D4 of the city 文明办's roll-up of two 区 and a 市直 bureau,
 * each as the tester typed it.
 */
import { rolledUpText, type Ledgers } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

/** The tester's three files: each 区 states its 注册志愿者总数 in 其他指标 and keeps no 志愿服务 teams. */
const city: readonly (readonly [string, string, Ledgers])[] = [
  ["江岸区精神文明建设委员会办公室", "机关部门", {
    组织保障: [{ 事项类型: "督查检查", 名称或内容: "全区创文督查", 数量: 12, 单位: "次" }],
    问题整改: [{ 问题类别: "占道经营", 发现数: 120, 已整改数: 108, 单位: "起" }],
    活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋日集中志愿服务", 活动类型: "志愿服务", 参与数量: 1200, 单位: "人" }],
    其他指标: [{ 板块: "志愿服务", 指标名称: "注册志愿者总数", 数值: 12000, 单位: "人" }],
  }],
  ["汉江区精神文明建设委员会办公室", "机关部门", {
    组织保障: [{ 事项类型: "督查检查", 名称或内容: "全区创文督查", 数量: 8, 单位: "次" }],
    问题整改: [{ 问题类别: "占道经营", 发现数: 80, 已整改数: 72, 单位: "起" }],
    活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋日集中志愿服务", 活动类型: "志愿服务", 参与数量: 800, 单位: "人" }],
    其他指标: [{ 板块: "志愿服务", 指标名称: "注册志愿者总数", 数值: 8000, 单位: "人" }],
  }],
  ["江城市卫生健康委员会", "机关部门", {
    问题整改: [{ 问题类别: "其他", 发现数: 20, 已整改数: 18, 单位: "个", 备注: "医院窗口服务问题" }],
    活动台账: [
      { 日期: "2025-04-07", 活动名称: "世界卫生日义诊", 活动类型: "关爱帮扶", 参与数量: 300, 单位: "人次" },
      { 日期: "2025-05-12", 活动名称: "文明就医宣传", 活动类型: "宣传教育", 参与数量: 500, 单位: "人" },
    ],
  }],
];

const cityText = (): Promise<string> => rolledUpText("江城市精神文明建设委员会办公室", "机关部门", city, "--appendix");

it("D3: the 区' stated 注册志愿者总数 is their 注册志愿者: `两区注册志愿者共2万人` under 壮大志愿服务队伍, and in the 附表", async () => {
  const text = await cityText();
  expect(text).toContain("　　一是壮大志愿服务队伍。两区注册志愿者共2万人，其中江岸区1.2万人、汉江区8000人。\n　　二是推动志愿服务常态化。两区共开展志愿服务活动2场，参与2000人。\n");
  expect(text).not.toMatch(/注册志愿者总数|完善服务阵地|家单位/u);
  // Not every unit named in the opening has volunteers: the total is not theirs together.
  expect(text).toContain("江岸区、汉江区和市卫生健康委员会共开展各类活动4场。现将有关情况总结如下。");
  // Of two 区 with volunteers, the one ahead is no 首位.
  expect(text).not.toContain("居各单位首位");
  expect(text).toContain("江岸区\t1场\t1.2万人\t120起\t108起\t90%");
  expect(text).toContain("汉江区\t1场\t8000人\t80起\t72起\t90%");
  expect(text).toContain("市卫生健康委员会\t2场\t—\t20个\t18个\t90%");
});

it("D4: a 区's 文明办 is its 区 in the city's report (`江岸区发现问题最多`), and no 其中 repeats the kinds' own totals", async () => {
  const text = await cityText();
  // Units are compared in one measure word only, and two 区 in 起 are no ranking (new-user test 42, D17): no `最多` sentence.
  expect(text).toContain("　　各单位共排查发现占道经营问题200起，已整改180起；医院窗口服务问题20个，已整改18个。\n");
  expect(text).toContain("　　两区共开展督查检查20次。\n");
  expect(text).not.toMatch(/其中查处|[岸江]区(?:文明办|精神文明)/u);
});

it("D3: a 区's own summary tells its stated 注册志愿者总数 as its 注册志愿者, never `注册志愿者总数1.2万人`", async () => {
  const [name, type, ledgers] = city[0];
  const text = await summaryTextOf({ profile: { 单位名称: name, 单位简称: "江岸区文明办", 单位类型: type, 报告年度: 2025, 报告期: "上半年" }, ledgers });
  expect(text).toContain("2025年上半年，江岸区文明办整改占道经营问题108起，现有注册志愿者1.2万人。现将有关情况总结如下。");
  expect(text).toContain("　　一是组建队伍。现有注册志愿者1.2万人。\n");
  expect(text).not.toContain("总数");
});
