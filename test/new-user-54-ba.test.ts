/**
 * New-user test 54 (docs/new-user-test-pane-54.md), figures: D1 (a volunteer total below its own exact parts), D4 (a body
 * set up in each village counted 次), D10 (`将创建任务分解到各村，共12个`), D20 (a rest of `百余` rectified said `约20处`),
 * D15 (value.frequency-total on a row held in each village; `张某某` taken for a personal name).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";
import { rolledUpText } from "./support/rollup";

const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const town = { 单位名称: "青山镇人民政府", 单位类型: "乡镇", 报告年度: 2025, 报告期: "全年", 常住人口: "3.2万", 户数: "9,800" };

it("D1: `1,200` + `45人` + `三十余` volunteers are `1270余人`, never `1200余人` below the parts 1200 and 45", async () => {
  const content: WorkbookContent = {
    profile: town,
    ledgers: {
      志愿服务: [
        { 队伍名称: "青山镇新时代文明实践志愿服务队", 队伍类型: "综合志愿者", 注册人数: "1,200", 服务次数: 86, "服务时长（小时）": "3600" },
        { 队伍名称: "柳溪村巾帼志愿服务队", 队伍类型: "巾帼志愿者", 注册人数: "45人", 服务次数: "二十", 主要服务内容: "环境清扫、移风易俗劝导" },
        { 队伍名称: "石门村党员先锋队", 队伍类型: "党员志愿者", 注册人数: "三十余" },
      ],
    },
  };
  const text = await summaryTextOf(content);
  expect(text).toContain("辖区注册志愿者1270余人，其中党员志愿者30余人、巾帼志愿者45人、综合志愿者1200人；");
  expect(text).not.toContain("1200余人");
  // The rate on the same total: 1275 of 32000.
  const { volunteers } = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).facts;
  expect([volunteers.members?.value, volunteers.members?.approx, volunteers.registrationRate?.value]).toEqual([1275, "over", (1275 / 32000) * 100]);
});

const orgRows = (): WorkbookContent => ({
  profile: town,
  ledgers: {
    组织保障: [
      { 事项类型: "任务分解", 名称或内容: "将创建任务分解到各村", 数量: 12, 单位: "个" },
      { 事项类型: "其他", 名称或内容: "道德评议会", 数量: 12, 单位: "个", 备注: "每个村都成立了" },
    ],
    其他指标: [{ 板块: "道德建设", 指标名称: "召开道德评议会", 数值: 48, 单位: "场", 频次: "每季度1次", 备注: "各村分别召开" }],
  },
});

it("D4: a 道德评议会 set up in each village is counted 个, never `成立道德评议会12次`; its sittings stay 场", async () => {
  expect(await findingsOf(orgRows(), "value.measure-word")).toEqual([]);
  const text = await summaryTextOf(orgRows());
  expect(text).not.toContain("道德评议会12次");
  expect(text).toContain("道德评议会12个");
  expect(text).toContain("道德评议会48场");
  // A meeting typed with its verb is still a meeting: `召开道德评议会` 6个 is told and printed 次.
  expect(await findingsOf({ profile: town, ledgers: { 组织保障: [{ 事项类型: "工作会议", 名称或内容: "召开道德评议会", 数量: 6, 单位: "个" }] } }, "value.measure-word")).toEqual([
    "组织保障!D3 组织保障D3的单位“个”不适合“召开道德评议会”，应为“次”（可用“次”、“场”、“期”、“轮”）。总结中写作“次”；请把单位改为“次”。",
  ]);
});

it("D10: `将创建任务分解到各村` 12个 counts the villages: `将创建任务分解到全镇12个村`", async () => {
  const text = await summaryTextOf(orgRows());
  expect(text).toContain("将创建任务分解到全镇12个村。");
  expect(text).not.toContain("共12个");
  // A 局's offices are its own, no 全县 before them; tasks counted 项 stay tasks (new-user test 21, D5).
  const bureau = { 单位名称: "县城市管理局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" };
  expect(await summaryTextOf({ profile: bureau, ledgers: { 组织保障: [{ 事项类型: "任务分解", 名称或内容: "将创文任务分解到各科室", 数量: 8, 单位: "个" }] } })).toContain("将创文任务分解到8个科室。");
  expect(await summaryTextOf({ profile: bureau, ledgers: { 组织保障: [{ 事项类型: "任务分解", 名称或内容: "将创文任务分解到各科室", 数量: 32, 单位: "项" }] } })).toContain("将创文任务分解到各科室，共32项。");
});

it("D20: 120 found and `百余` rectified leave `部分`, never `约20处`, in a unit's summary and in the roll-up", async () => {
  const sanit = { 问题整改: [{ 问题类别: "卫生死角", 发现数: "一百二十", 已整改数: "百余", 单位: "处" }] };
  const own = await summaryTextOf({ profile: { 单位名称: "县环卫所", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" }, ledgers: sanit });
  expect(own).toContain("卫生死角120处中尚有部分未整改到位");
  expect(own).not.toMatch(/约20处/u);
  const rolled = await rolledUpText("县城市管理局", "机关部门", [
    ["县环卫所", "企事业单位", sanit],
    ["县城市管理综合执法大队", "机关部门", { 问题整改: [{ 问题类别: "占道经营", 发现数: 50, 已整改数: 50, 单位: "处" }] }],
  ]);
  expect(rolled).toContain("县环卫所尚有部分问题未整改到位");
  expect(rolled).not.toMatch(/约20处/u);
});

it("D15: no value.frequency-total on a row held in each village; an anonymised `张某某` is no personal name", async () => {
  expect(await findingsOf(orgRows(), "value.frequency-total")).toEqual([]);
  const perVillage = { profile: town, ledgers: { 其他指标: [{ 板块: "道德建设", 指标名称: "召开道德评议会", 数值: 48, 单位: "场", 频次: "每个村每季度1次" }] } };
  expect(await findingsOf(perVillage, "value.frequency-total")).toEqual([]);
  // Not said per village: still told.
  const whole = { profile: town, ledgers: { 其他指标: [{ 板块: "道德建设", 指标名称: "召开道德评议会", 数值: 48, 单位: "场", 频次: "每季度1次" }] } };
  expect(await findingsOf(whole, "value.frequency-total")).toEqual(["其他指标!C3 频次“每季度1次”在报告期（约12个月）内约为4场，与填写的48场不符，总结只写累计的48场，不写频次；请核对频次或数量。"]);
  const anonymised = { profile: town, ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 6, 已整改数: 6, 单位: "起", 备注: "红白事大操大办，下坪村张某某家办酒超标，已劝导" }] } };
  expect(await findingsOf(anonymised, "value.personal")).toEqual([]);
  expect(await summaryTextOf(anonymised)).not.toContain("某某");
});
