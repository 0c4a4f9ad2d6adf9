/**
 * New-user test 69 (docs/new-user-test-pane-69.md), D6: spoken 亮点/不足 are caught the same way. `每个月都搞活动，村民都愿意来`
 * (a 工作亮点) is never printed as typed: `搞活动` is written `开展活动`, `村民都愿意来` is talk, and the bare head left is no
 * highlight (短句), said at the cell; `窗口有时候人多排队时间长` is written `窗口人流较多时排队时间较长`; `有些村民还是喜欢大操大办，
 * 红白喜事攀比的风气没完全刹住` is written `部分村民仍热衷于大操大办，红白喜事攀比的风气尚未完全刹住`; each said at the cell (书面).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
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
