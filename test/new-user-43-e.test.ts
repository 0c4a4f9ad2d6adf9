/** @jest-environment node */
/**
 * New-user test 43 (docs/new-user-test-pane-43.md): the defects D15, D6 (其他指标 part), D19 (second part), D7, D10, D20
 * and D21, each as the tester typed it.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

/** The findings of `content` as `sheet!cell rule message`. */
async function findingsOf(content: WorkbookContent): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.message}`);
}

const station = { 单位名称: "新时代文明实践站（幸福里社区）", 单位类型: "社区", 报告年度: 2025, 报告期: "第三季度" } as const;
const street = { 单位名称: "中山路步行街社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 户数: 2000, 常住人口: 6500 } as const;
const village = { 单位名称: "桃花村村委会", 单位类型: "村", 报告年度: 2025, 报告期: "全年", 户数: 520, 常住人口: 1860 } as const;

it("D15: a quarter's total typed with 频次 每周 is the total, never `每周群众点单36个`", async () => {
  const text = await summaryTextOf({ profile: station, ledgers: { 其他指标: [{ 板块: "其他", 指标名称: "群众点单", 数值: 36, 单位: "个", 频次: "每周" }] } });
  expect(text).toContain("坚持每周开展群众点单，累计36个。");
  expect(text).not.toContain("每周群众点单36个");
  // A count of things with a verb, typed with its 频次, is the period's total too: never `每周发放宣传册300份` (300 a week).
  const handed = await summaryTextOf({ profile: station, ledgers: { 其他指标: [{ 板块: "宣传教育", 指标名称: "发放宣传册", 数值: 300, 单位: "份", 频次: "每周" }] } });
  expect(handed).toContain("坚持每周发放宣传册，累计发放300份");
  expect(handed).not.toContain("每周发放宣传册300份");
});

it("D6: a name closing with its action (`夜市摊位规范`) is said verb first; businesses counted in 家 are what the village has", async () => {
  const text = await summaryTextOf({
    profile: street,
    ledgers: { 其他指标: [{ 板块: "其他", 指标名称: "劝导不文明行为", 数值: 500, 单位: "人次", 表述: "余" }, { 板块: "其他", 指标名称: "夜市摊位规范", 数值: "两百", 单位: "个" }] },
  });
  expect(text).toContain("劝导不文明行为500余人次，规范夜市摊位200个。");
  const farm = await summaryTextOf({
    profile: village,
    ledgers: { 其他指标: [{ 板块: "其他", 指标名称: "接待游客", 数值: "30万", 单位: "人次", 表述: "约" }, { 板块: "其他", 指标名称: "民宿", 数值: 28, 单位: "家" }, { 板块: "其他", 指标名称: "农家乐", 数值: "1.5万", 单位: "家" }] },
  });
  expect(farm).toContain("接待游客约30万人次，现有民宿28家、农家乐1.5万家。");
  expect(farm).not.toMatch(/[，。]民宿28家/u);
});

it("D6: 农家乐 1.5万家 in a village of 520 households is flagged; 28 家 is not", async () => {
  const findings = await findingsOf({ profile: village, ledgers: { 其他指标: [{ 板块: "其他", 指标名称: "民宿", 数值: 28, 单位: "家" }, { 板块: "其他", 指标名称: "农家乐", 数值: "1.5万", 单位: "家" }] } });
  expect(findings.filter((f) => f.includes("figure.count-over-households"))).toEqual([
    "其他指标!C4 figure.count-over-households “农家乐”的“数值”为1.5万家，多于户数520户，辖区内不大可能有这么多，请核对是否多输了数字或填错了单位；如确实如此，可不改。总结会照此写出。",
  ]);
});

it("D19: a bank whose only headline is its 其他指标 figure says it once", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "工商银行城南支行营业部", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      活动台账: [{ 日期: "2025-03-15", 活动名称: "3·15金融知识进社区", 活动类型: "宣传教育", 参与数量: 300, 单位: "人" }],
      其他指标: [{ 板块: "其他", 指标名称: "接待客户", 数值: "1.2万", 单位: "人次" }, { 板块: "其他", 指标名称: "爱心驿站", 数值: 1, 单位: "个" }],
    },
  });
  expect(text.match(/接待客户1\.2万人次/gu)).toHaveLength(1);
  expect(text).toContain("接待客户1.2万人次，建有爱心驿站1个。");
});

it("D7: a 工作亮点 typed with a space is written with a comma, and check says so at the cell", async () => {
  const content = { profile: street, ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: "夜市专班 晚上十点后还在巡" }] } };
  const text = await summaryTextOf(content);
  expect(text).toContain("夜市专班，晚上十点后还在巡。");
  expect(text).not.toContain("夜市专班 晚上");
  expect((await findingsOf(content)).filter((f) => f.includes("text.spoken"))).toEqual([
    "文字材料!B3 text.spoken 内容“夜市专班 晚上十点后还在巡”中有空格，像是随手记下的话，总结写作“夜市专班，晚上十点后还在巡”；工作亮点、存在不足等会原样写入总结，请改成书面表述。",
  ]);
});

it("D10: an activity typed 其他 is never given a type: a festival in its name places it under 我们的节日, else `活动`", async () => {
  const text = await summaryTextOf({ profile: street, ledgers: { 活动台账: [{ 日期: "2025-06-20", 活动名称: "端午包粽子", 活动类型: "其他", 参与数量: 40, 单位: "人" }] } });
  expect(text).toContain("开展“端午包粽子”活动");
  expect(text).toContain("我们的节日");
  expect(text).not.toContain("关爱帮扶活动");
  const visit = await summaryTextOf({ profile: street, ledgers: { 活动台账: [{ 日期: "2025-05-20", 活动名称: "独居老人理发", 活动类型: "其他", 参与数量: 12, 单位: "人" }] } });
  expect(visit).toContain("开展“独居老人理发”活动");
  expect(visit).not.toContain("关爱帮扶活动");
});

it("D20: with --names the names typed for a household or shop honour are printed", async () => {
  const file = await workbookFile({
    profile: street,
    ledgers: { 先进典型: [{ 荣誉名称: "最美商户", 级别: "街道/乡镇", 类别: "诚实守信", 人数: 3, 姓名: "张三、李四、王五" }, { 荣誉名称: "向上向善好青年", 级别: "街道/乡镇", 人数: 2, 姓名: "周杰、孙丽" }] },
  });
  const named = (await cli("summarize", file, "--names", "--text", "-", "--date", "2025-07-05")).out;
  expect(named).toContain("3家商户获评街道级“最美商户”（张三、李四、王五）");
  expect(named).toContain("（周杰、孙丽）");
  const plain = (await cli("summarize", file, "--text", "-", "--date", "2025-07-05")).out;
  expect(plain).not.toMatch(/张三|周杰/u);
});

it("D21: a new period with only what 开始下一期 carried says so, and tells its volunteers once", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "城南区特殊教育学校", 单位类型: "学校", 报告年度: 2025, 报告期: "第二季度", 上级指导单位: "区教育局" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "本校创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-04-02" }, { 事项类型: "工作会议", 名称或内容: "创文推进会", 数量: 2, 单位: "次" }],
      志愿服务: [{ 队伍名称: "红领巾志愿服务队", 队伍类型: "少年志愿者", 注册人数: 80, 服务次数: 6 }, { 队伍名称: "家长志愿者队", 队伍类型: "其他", 注册人数: 30, 服务次数: 2 }],
      活动台账: [{ 日期: "2025-05-20", 活动名称: "助残日手语操展示", 活动类型: "文体活动", 参与数量: 60, 单位: "人" }],
      文字材料: [{ 类型: "下一步打算", 内容: "继续开展手语志愿服务" }],
    },
  });
  const next = `${file}.next.xlsx`;
  expect((await cli("next", file, "-o", next, "--force")).code).toBe(0);
  const check = (await cli("check", next)).out;
  expect(check).toContain("提示 基本信息 [workbook.carried-only] 本期各台账还只有从上期结转的内容（领导小组、志愿服务队伍、上期打算），没有本期填写的数据；总结只能写出这些内容，请先填写本期台账，并在“文字材料”中填写上期打算的“落实情况”。");
  const { out, err } = await cli("summarize", next, "--text", "-", "--date", "2025-10-05");
  expect(out.match(/注册志愿者110人/gu)).toHaveLength(1);
  expect(err).toContain("本期各台账还只有从上期结转的内容");
});
