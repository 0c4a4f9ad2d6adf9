/**
 * New-user test 38 (docs/new-user-test-pane-38.md), defects D13, D14 and D25: the roll-up's award activities, the 村 level of a
 * 乡镇's 星级文明户, 相对滞后 only when clearly behind, one unit never `均`, a festival activity naming two festivals, and the
 * period of a roll-up taken from the units it can include — each as the tester typed it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import { rolledUpText, type Ledgers } from "./support/rollup";

/** The tester's county: four 乡镇 (i = 1…4) and a 县直部门 whose only activity is 教师节表彰, typed 其他. */
const county = (): (readonly [string, string, Ledgers])[] => [
  ...(["青石镇人民政府", "白沙镇人民政府", "红岩乡人民政府", "马鞍镇人民政府"] as const).map((n, k): readonly [string, string, Ledgers] => {
    const i = k + 1;
    return [n, "乡镇", {
      问题整改: [{ 问题类别: "违章搭建", 发现数: 10 * i, 已整改数: 9 * i, 单位: "处" }, { 问题类别: "其他", 发现数: 20, 已整改数: 20, 单位: "处", 备注: "农村人居环境脏乱差" }],
      活动台账: [{ 日期: "2025-05-20", 活动名称: "乡村大舞台", 活动类型: "文体活动", 参与数量: 300 * i, 单位: "人次" }],
      先进典型: [{ 荣誉名称: "星级文明户", 级别: "社区/村", 类别: "其他", 人数: 30 * i }, { 荣誉名称: "好人", 级别: "县/区", 类别: "助人为乐", 人数: i }],
    }];
  }),
  ["江城县教育局", "机关部门", { 活动台账: [{ 日期: "2025-04-10", 活动名称: "教师节表彰", 活动类型: "其他", 参与数量: 200, 单位: "人" }] }],
];

it("D13: a 县直部门's 教师节表彰 is told with the honours under 道德建设, never as the county's 统筹调度", async () => {
  const text = await rolledUpText("江城县文明办", "机关部门", county());
  expect(text).not.toContain("强化统筹调度");
  expect(text).toContain("　　二是表彰激励。县教育局召开教师节表彰会，200人参加。\n");
});

it("D14: the 乡镇's 社区/村-level 星级文明户 are 村级 beside a 县直部门; 93.3% against 94.4% is not 相对滞后", async () => {
  const text = await rolledUpText("江城县文明办", "机关部门", county());
  expect(text).toContain("　　一是选树身边先进典型。4个乡镇共选树各类先进典型10人，其中马鞍镇4人、红岩乡3人，300户家庭获评村级“星级文明户”。\n");
  expect(text).toContain("　　全县尚有违章搭建问题10处未整改到位，需持续跟进。\n");
});

it("D25: one village rolled up into its 镇 is never `均`; a 表彰大会 is 表彰激励; 中秋重阳文艺晚会 names both festivals", async () => {
  const text = await rolledUpText("青石镇人民政府", "乡镇", [["柳塘村村民委员会", "村", {
    组织保障: [{ 日期: "2025-02-10", 事项类型: "领导小组", 名称或内容: "成立村创建工作领导小组" }],
    先进典型: [{ 荣誉名称: "星级文明户", 级别: "社区/村", 类别: "其他", 人数: 36 }],
    活动台账: [
      { 日期: "2025-06-01", 活动名称: "中秋重阳文艺晚会", 活动类型: "我们的节日", 参与数量: 300, 单位: "人" },
      { 日期: "2025-06-12", 活动名称: "星级文明户评选表彰大会", 活动类型: "其他", 参与数量: 150, 单位: "人" },
    ],
  }]]);
  expect(text).toContain("　　柳塘村成立创建工作领导小组。\n");
  expect(text).not.toContain("均成立");
  expect(text).not.toContain("学习培训");
  expect(text).toContain("　　二是表彰激励。柳塘村召开星级文明户评选表彰大会，150人参加。\n");
  expect(text).toContain("柳塘村开展中秋节和重阳节“我们的节日”主题活动1场，参与300人。");
});

it("D25 (low): the period of a roll-up is that of the units it can include, never of a 汇总台账 it refuses", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu38z-"));
  const unit = async (file: string, name: string, period: string): Promise<string> => {
    const path = join(dir, file);
    writeFileSync(path, await writeWorkbook(standardV1, { profile: { 单位名称: name, 单位类型: "社区", 报告年度: 2025, 报告期: period }, ledgers: { 志愿服务: [{ 队伍名称: "志愿服务队", 队伍类型: "综合志愿者", 注册人数: 30 }] } }));
    return path;
  };
  const street = join(dir, "street_汇总.xlsx");
  const made = await cli("rollup", await unit("a.xlsx", "望江社区居委会", "上半年"), await unit("b.xlsx", "南湖社区居委会", "上半年"), "-o", street, "--unit", "城南街道办事处");
  expect(made.code).toBe(0);
  const rolled = await cli("rollup", street, await unit("c.xlsx", "西湖社区居委会", "全年"), "--force", "-o", join(dir, "again.xlsx"), "--unit", "城南街道办事处");
  expect(rolled.out).toContain("已写入汇总台账：");
  expect(rolled.out).toContain("（城南街道办事处，2025年全年，汇总1个单位，共1行）");
  expect(`${rolled.out}${rolled.err}`).not.toContain("与汇总的2025年上半年不同");
});

it("D13: awards of several units are counted as 表彰活动, never 会议培训", async () => {
  const award = (name: string): Ledgers => ({ 活动台账: [{ 日期: "2025-04-10", 活动名称: name, 活动类型: "其他", 参与数量: 100, 单位: "人" }] });
  const text = await rolledUpText("江城县文明办", "机关部门", [["江城县教育局", "机关部门", award("教师节表彰")], ["江城县卫生健康局", "机关部门", award("护士节表彰大会")]]);
  expect(text).not.toContain("会议培训");
  expect(text).toContain("　　各县直部门共开展表彰活动2场，参与200人。");
});
