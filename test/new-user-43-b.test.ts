/**
 * New-user test 43 (docs/new-user-test-pane-43.md), D3, D4, D6, D13 and D19 (first part): how 组织保障 rows (名称或内容,
 * 数量, 单位, 频次) become sentences — a 频次 belongs to the work, not to setting up a body (`坚持每日组建夜市专班`); a duty
 * system is not `每周开展1次`; spoken tails after a space (`白天晚上两班倒`, `各团支部出人`, `周周讲`, `每月评一次`) are left
 * out with the 提示 org.spoken-name; a bare verb name takes its kind's noun (`开会` → `召开工作会议3次`); `A结合创文` is
 * `结合创文开展A`; `到包联社区下沉` is `下沉包联社区`; a section never has the same sub-heading twice; `文明优质服务 窗口`
 * is one name, created (`创建文明优质服务窗口`).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const lineWith = (text: string, part: string): string => text.split("\n").find((l) => l.includes(part)) ?? "";
const hints = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const street: WorkbookContent = {
  profile: { 单位名称: "中山路步行街社区居委会", 单位类型: "社区", 上级指导单位: "城关街道办事处", 报告年度: 2025, 报告期: "上半年", 起始日期: "2025-01-01", 截止日期: "2025-06-30" },
  ledgers: { 组织保障: [
    { 事项类型: "领导小组", 名称或内容: "成立社区创文领导小组，书记任组长", 数量: 1, 单位: "个", 日期: "2025-01-08", 备注: "老王牵头" },
    { 事项类型: "工作机制", 名称或内容: "商户门前三包责任制", 数量: "１", 单位: "项", 频次: "每周一次", 备注: "跟商户签字的" },
    { 事项类型: "共建单位", 名称或内容: "跟步行街商会、派出所、城管中队结对", 数量: "5", 单位: "家" },
    { 事项类型: "其他", 名称或内容: "夜市专班 白天晚上两班倒", 数量: "1", 单位: "个", 频次: "每天", 备注: "夜市那边张主任盯着" },
    { 事项类型: "其他", 名称或内容: "开会布置创文", 数量: "三十", 单位: "次" },
    { 事项类型: "督查检查", 名称或内容: "网格员巡街", 数量: "百余", 单位: "次", 频次: "每天" },
  ] },
};

it("D3: a body set up is not `坚持每日组建`; a duty system is not `每周开展1次`; `开会布置创文` is a meeting told with the meetings; `白天晚上两班倒` left out with a 提示", async () => {
  const text = await summaryTextOf(street);
  expect(lineWith(text, "三包")).toBe("　　二是完善机制。建立商户门前三包责任制。");
  expect(lineWith(text, "创文工作")).toBe("　　四是调度督导。召开会议部署创文工作30次，累计开展网格员巡街100余次。");
  expect(lineWith(text, "夜市")).toBe("　　五是夯实基础。组建夜市专班。");
  expect(text).not.toMatch(/坚持每日组建|两班倒|每周开展1次|开会布置/u);
  expect(await hints(street, "org.spoken-name")).toEqual(["组织保障!B6 名称或内容“夜市专班 白天晚上两班倒”中有口语，总结按“夜市专班”理解；请写成书面的名称，说明写在“备注”中。"]);
});

const bureau: WorkbookContent = {
  profile: { 单位名称: "城南区应急管理局", 单位简称: "区应急局", 单位类型: "机关部门", 上级指导单位: "区文明办", 报告年度: 2025, 报告期: "月度", 起始日期: "2025-05-01", 截止日期: "2025-05-31" },
  ledgers: {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "局创文领导小组 局长任组长", 数量: 1, 单位: "个" },
      { 事项类型: "其他", 名称或内容: "包联社区 帮着跑", 数量: "2", 单位: "个" },
      { 事项类型: "督查检查", 名称或内容: "安全生产检查结合创文", 数量: "46", 单位: "次" },
    ],
    其他指标: [{ 板块: "组织保障", 指标名称: "到包联社区下沉", 数值: "8", 单位: "次" }],
  },
};

it("D4: `安全生产检查结合创文` is `结合创文开展安全生产检查`; `到包联社区下沉` is `下沉包联社区`; one sub-heading once in a section", async () => {
  const text = await summaryTextOf(bureau);
  expect(lineWith(text, "安全生产")).toBe("　　二是督查落实。结合创文开展安全生产检查46次。");
  expect(lineWith(text, "包联社区")).toBe("　　三是夯实基础。包联社区2个。下沉包联社区8次。");
  expect(text.match(/夯实基础/gu)?.length).toBe(1);
  expect(text).not.toMatch(/帮着跑|开展到/u);
});

it("D6: `美丽庭院评比 每月评一次` 每月 says the month once; `安全教育 周周讲` 每周 is `坚持每周开展安全教育`", async () => {
  const village = await summaryTextOf({
    profile: { 单位名称: "桃花村村委会", 单位类型: "村", 报告年度: 2025, 报告期: "全年", 起始日期: "2025-01-01", 截止日期: "2025-12-31" },
    ledgers: { 组织保障: [{ 事项类型: "其他", 名称或内容: "美丽庭院评比 每月评一次", 数量: 12, 单位: "次", 频次: "每月" }] },
  });
  expect(lineWith(village, "美丽庭院")).toBe("　　坚持每月开展美丽庭院评比，累计开展12次。");
  const school = await summaryTextOf({
    profile: { 单位名称: "城南区特殊教育学校", 单位类型: "学校", 报告年度: 2025, 报告期: "第二季度", 起始日期: "2025-04-01", 截止日期: "2025-06-30" },
    ledgers: { 组织保障: [
      { 事项类型: "领导小组", 名称或内容: "校创文工作领导小组", 数量: 1, 单位: "个" },
      { 事项类型: "其他", 名称或内容: "安全教育 周周讲", 数量: "12", 单位: "次", 频次: "每周" },
    ] },
  });
  expect(lineWith(school, "安全教育")).toBe("　　二是夯实基础。坚持每周开展安全教育，累计开展12次。");
});

const league: WorkbookContent = {
  profile: { 单位名称: "共青团城南区委员会", 单位简称: "团区委", 单位类型: "群团组织", 报告年度: 2025, 报告期: "下半年", 起始日期: "2025-07-01", 截止日期: "2025-12-31" },
  ledgers: { 组织保障: [
    { 事项类型: "领导小组", 名称或内容: "团区委创文工作小组", 数量: 1, 单位: "个" },
    { 事项类型: "其他", 名称或内容: "青年突击队 各团支部出人", 数量: "12", 单位: "支" },
    { 事项类型: "工作会议", 名称或内容: "开会", 数量: "三", 单位: "次" },
  ] },
};

it("D13: a 工作会议 named `开会` is `召开工作会议3次`; `各团支部出人` is left out with a 提示", async () => {
  const text = await summaryTextOf(league);
  expect(lineWith(text, "会议")).toBe("　　二是研究部署。召开工作会议3次。");
  expect(lineWith(text, "突击队")).toBe("　　三是夯实基础。组建青年突击队12支。");
  expect(await hints(league, "org.spoken-name")).toEqual(["组织保障!B4 名称或内容“青年突击队 各团支部出人”中有口语，总结按“青年突击队”理解；请写成书面的名称，说明写在“备注”中。"]);
});

it("D19: `文明优质服务 窗口` is one name, created: `创建文明优质服务窗口`, never the fragment `文明优质服务，窗口。`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "工商银行城南支行营业部", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年", 起始日期: "2025-01-01", 截止日期: "2025-06-30" },
    ledgers: { 组织保障: [{ 事项类型: "其他", 名称或内容: "文明优质服务 窗口", 数量: "1", 单位: "项" }] },
  });
  expect(lineWith(text, "窗口")).toBe("　　创建文明优质服务窗口。");
  expect(text).toContain("一、加强组织领导，落实创建责任\n　　创建文明优质服务窗口。");
});

it("D4 (class): `A结合创文` of other work reads `结合创文开展A`; a way of working joined with the campaign keeps its 坚持", async () => {
  const text = await summaryTextOf({
    ...bureau,
    ledgers: { 组织保障: [
      { 事项类型: "其他", 名称或内容: "消防巡查结合创文", 数量: 12, 单位: "次" },
      { 事项类型: "工作机制", 名称或内容: "党建工作与创文相结合", 数量: 1, 单位: "项" },
    ] },
  });
  expect(text).toContain("结合创文开展消防巡查12次");
  expect(text).toContain("坚持党建工作与创文相结合");
});
