/**
 * New-user test 69 (docs/new-user-test-pane-69.md), D6: spoken 亮点/不足 are caught the same way. `每个月都搞活动，村民都愿意来`
 * (a 工作亮点) is never printed as typed: `搞活动` is written `开展活动`, `村民都愿意来` is talk, and the bare head left is no
 * highlight (短句), said at the cell; `窗口有时候人多排队时间长` is written `窗口人流较多时排队时间较长`; `有些村民还是喜欢大操大办，
 * 红白喜事攀比的风气没完全刹住` is written `部分村民仍热衷于大操大办，红白喜事攀比的风气尚未完全刹住`; each said at the cell (书面).
 */
import { analyseLedger, analyzeWorkbook, standardV1 } from "../src/core";
import { makeSnapshot } from "./support/snapshot";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const village = { 单位名称: "青川县石门镇柳溪村民委员会", 单位简称: "柳溪村", 单位类型: "村", 上级指导单位: "石门镇创建办", 报告年度: 2025, 报告期: "全年" };
const bureau = { 单位名称: "青川县人力资源和社会保障局", 单位简称: "县人社局", 单位类型: "机关", 报告年度: 2025, 报告期: "全年" };

const villageRows: WorkbookContent = { profile: village, ledgers: { 文字材料: [
  { 类型: "工作亮点", 内容: "新时代文明实践站每个月都搞活动，村民都愿意来。" },
  { 类型: "存在不足", 内容: "有些村民还是喜欢大操大办，红白喜事攀比的风气没完全刹住。" },
  { 类型: "下一步打算", 内容: "继续抓好人居环境整治，推动移风易俗。" },
] } };
const bureauRows: WorkbookContent = { profile: bureau, ledgers: { 文字材料: [
  { 类型: "存在不足", 内容: "窗口有时候人多排队时间长。" },
  { 类型: "下一步打算", 内容: "继续办好招聘会。" },
] } };

const spokenFindings = async (content: WorkbookContent): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings
    .filter((f) => f.rule === "text.spoken").map((f) => `${f.cell} ${f.message}`);

it("D6: a spoken 工作亮点 (`每个月都搞活动，村民都愿意来`) is never printed as typed, and check says so", async () => {
  const text = await summaryTextOf(villageRows);
  expect(text).not.toContain("搞活动");
  expect(text).not.toContain("村民都愿意来");
  const said = (await spokenFindings(villageRows)).join("\n");
  expect(said).toContain("B3 内容中“新时代文明实践站每个月都搞活动，村民都愿意来。”是口语说法，去掉口语部分后只剩“新时代文明实践站每月开展活动”一句，不足以写成工作亮点，总结不写这一条");
});

it("D6: a spoken 存在不足 is written in its one safe written form, said at the cell", async () => {
  const text = await summaryTextOf(villageRows);
  expect(text).toContain("部分村民仍热衷于大操大办，红白喜事攀比的风气尚未完全刹住");
  const said = (await spokenFindings(villageRows)).join("\n");
  expect(said).toContain("总结写作“部分村民仍热衷于大操大办，红白喜事攀比的风气尚未完全刹住。”");
  const bureauText = await summaryTextOf(bureauRows);
  expect(bureauText).toContain("窗口人流较多时排队时间较长");
  expect(bureauText).not.toContain("有时候");
  expect((await spokenFindings(bureauRows)).join("\n")).toContain("总结写作“窗口人流较多时排队时间较长");
});

it("D6: `还有几件投诉没处理完` in 存在不足 is `仍有几件投诉尚未处理完毕`", async () => {
  const rows: WorkbookContent = { profile: bureau, ledgers: { 文字材料: [{ 类型: "存在不足", 内容: "根治欠薪还有几件投诉没处理完。" }] } };
  expect(await summaryTextOf(rows)).toContain("根治欠薪仍有几件投诉尚未处理完毕。");
  expect((await spokenFindings(rows)).join("\n")).toContain("总结写作“根治欠薪仍有几件投诉尚未处理完毕。”");
});

/**
 * docs/new-user-test-pane-69.md D10: 存在的不足 adds shortcomings the unit did not write (narrative.md §存在的不足: "plus facts
 * the data itself shows"); check says each before the text is handed in, with its basis.
 */
describe("D10: check names each shortcoming the summary adds from the data", () => {
  const serial = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
  const villageH2 = { 单位名称: "青川县石门镇柳溪村民委员会", 单位简称: "柳溪村", 单位类型: "村", 报告年度: 2025, 报告期: "下半年", 常住人口: 2860 };
  const ledgers = {
    志愿服务: [{ 队伍名称: "柳溪村志愿服务队", 注册人数: 70, 服务次数: 38, "服务时长（小时）": 500 }],
    问题整改: [{ 问题类别: "卫生死角", 发现数: 25, 已整改数: 24, 单位: "处" }],
    活动台账: [
      { 日期: serial(2025, 9, 10), 活动名称: "敬老爱老文艺演出", 活动类型: "志愿服务", 参与数量: 80, 单位: "人次" },
      { 日期: serial(2025, 10, 1), 活动名称: "国庆升旗仪式", 活动类型: "其他", 参与数量: 120, 单位: "人次" },
    ],
  };
  const inferred = (analysis: ReturnType<typeof analyseLedger>): string[] =>
    analysis.findings.filter((f) => f.rule === "text.inferred-shortcoming").map((f) => `${f.sheet}!${f.cell} ${f.message}`);

  it("a low registration rate: the item as printed, the rate and the threshold", async () => {
    const content = { profile: { ...villageH2, 报告期: "全年" }, ledgers };
    const said = inferred(analyseLedger(makeSnapshot(content))).join("\n");
    expect(said).toContain("志愿服务!C3 总结“存在的不足”会写入“志愿者注册人数占常住人口比例偏低，志愿服务队伍规模还需进一步扩大”。这一条不是文字材料中写的，是按台账数据判断的：注册志愿者70人，占常住人口的2.4%，低于村、社区、街道、乡镇志愿者注册率的参考值10%。");
    expect(await summaryTextOf(content)).toContain("志愿者注册人数占常住人口比例偏低，志愿服务队伍规模还需进一步扩大");
  });

  it("a unit that writes its own 存在不足 about its volunteers gets no such notice, nor the item", async () => {
    const content = { profile: { ...villageH2, 报告期: "全年" }, ledgers: { ...ledgers, 文字材料: [{ 类型: "存在不足", 内容: "志愿者队伍年龄偏大。" }] } };
    expect(inferred(analyseLedger(makeSnapshot(content)))).toEqual([]);
    expect(await summaryTextOf(content)).not.toContain("比例偏低");
  });

  it("a fall in activities since 上期指标: the item as printed and the two figures", () => {
    const snapshot = makeSnapshot({ profile: villageH2, ledgers });
    const values = [
      ["上期指标"], ["项目", "内容", null, null], ["单位名称", "青川县石门镇柳溪村民委员会", null, null], ["报告年度", 2025, null, null], ["报告期", "上半年", null, null],
      [null, null, null, null], ["指标", "数值", "单位", "约数"], ["活动场次", 5, "场", null], ["志愿者注册人数", 64, "人", null],
    ];
    const said = inferred(analyseLedger({ sheets: [...snapshot.sheets, { name: "上期指标", originRow: 1, originCol: 1, values, tables: [] }] })).join("\n");
    expect(said).toContain("总结“存在的不足”会写入“开展各类活动2场，较上半年减少3场，下降60%，活动开展的经常性还需加强”。这一条不是文字材料中写的，是与“上期指标”对比得出的：活动场次上期5场，本期2场。");
  });
});

/**
 * docs/new-user-test-pane-69.md D7: a 人社局's 招聘会 (活动类型 其他) and its 就业技能培训 for the public (会议培训) are its service
 * to the people it serves, told with its care work, never under 统筹推进其他创建工作 nor as 业务提升 of 组织保障.
 */
it("D7: a bureau's job fairs and employment-skills training go with its service, not 其他 nor 业务提升", async () => {
  const serial = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
  const text = await summaryTextOf({ profile: bureau, ledgers: {
    活动台账: [
      { 日期: serial(2025, 2, 12), 活动名称: "春风行动专场招聘会", 活动类型: "其他", 参与数量: 1200, 单位: "人次", 地点: "县人力资源市场" },
      { 日期: serial(2025, 10, 9), 活动名称: "金秋招聘月现场招聘会", 活动类型: "其他", 参与数量: 2000, 单位: "人次", 地点: "县体育馆" },
      { 日期: serial(2025, 4, 15), 活动名称: "就业技能培训班（电工）", 活动类型: "会议培训", 参与数量: 86, 单位: "人", 地点: "县职教中心" },
    ],
  } });
  expect(text).not.toContain("业务提升");
  expect(text).not.toContain("统筹推进其他创建工作");
  expect(text).toMatch(/开展关爱服务[^\n]*\n[^\n]*春风行动专场招聘会[^\n]*金秋招聘月现场招聘会/u);
  // The class is 举办-ed, its kind before its name (review run 34, reviewer AX, 材料8 item 3).
  expect(text).toMatch(/开展关爱服务[^\n]*\n[^\n]*举办电工就业技能培训班，参训86人/u);
});
