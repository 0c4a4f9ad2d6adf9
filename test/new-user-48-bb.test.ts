/** @jest-environment node */
/**
 * New-user test 48 (docs/new-user-test-pane-48.md), D1, D2, D3, D6, D10: staff's free text in 活动台账 简要内容 and 文字材料.
 * D1: `给学生讲交通安全课，张老师配合` printed `张老师配合` and `check` said nothing at the cell.
 * D3: `花了大概20来万` (money said, no 元) printed.
 * D2: 下一步打算 `明年接着搞` printed as the whole plans section.
 * D6: spoken 存在不足 (`还是不少`, `还是分不清`, `还是排长队`) and a one-phrase 工作亮点 (`学雷锋月活动声势大`) printed.
 * D10: `吃完饭服务员提醒打包` printed as typed.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { activityContent, hasPersonalData, personalNameIn, scrubPersonal, spokenSentences } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

async function findingsOf(content: WorkbookContent, sheet: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.sheet === sheet).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
}
const bureau = { 单位名称: "县公安局交警大队", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" } as const;
async function oneActivity(row: Record<string, unknown>): Promise<[string, string[]]> {
  const content = { profile: bureau, ledgers: { 活动台账: [{ 日期: { date: "2025-03-05" }, ...row }] } } as WorkbookContent;
  const text = await summaryTextOf(content);
  return [text.split("\n").find((l) => l.includes("3月5日")) ?? text, await findingsOf(content, "活动台账")];
}

it("D1: `张老师配合` (a person by surname and title, and who helped) is left out, with value.personal at the cell", async () => {
  const [line, findings] = await oneActivity({ 活动名称: "交通安全进校园", 活动类型: "宣传教育", 参与数量: "约600", 单位: "人", 简要内容: "给学生讲交通安全课，张老师配合" });
  expect(line).toBe("\u3000\u30003月5日开展“交通安全进校园”宣传教育活动，为学生讲解交通安全课，参与约600人。");
  expect(findings.filter((f) => f.includes("!H3"))).toEqual(["value.personal 活动台账!H3 “简要内容”中有个人姓名或称呼“张老师”，总结不会写出这一部分；个人信息请不要填在这一列。"]);
  for (const typed of ["李医生协助", "王警官帮忙", "刘所长陪同", "赵老师带队", "孙医生参加", "由镇卫生院周大夫现场指导"]) {
    expect([typed, scrubPersonal(`开展义诊，${typed}`), personalNameIn(typed)]).toEqual([typed, "开展义诊", typed.replace(/^由镇卫生院/u, "").slice(0, 3)]);
  }
  // Never a title after a word (`班主任老师配合`, `历史老师参加`) nor a body's office (`派出所所长带队`).
  for (const typed of ["班主任老师配合", "历史老师参加", "派出所所长带队"]) expect([typed, hasPersonalData(typed)]).toEqual([typed, false]);
});

it("D3: `花了大概20来万` (money said, no 元) is left out, with a 提示 asking for `投入约20万元`", async () => {
  const [line, findings] = await oneActivity({ 活动名称: "厕所革命提质改造", 活动类型: "环境整治", 参与数量: 40, 单位: "人", 简要内容: "新增第三卫生间2个，母婴室1个，花了大概20来万" });
  expect(line).toBe("\u3000\u30003月5日开展“厕所革命提质改造”环境整治活动，新增第三卫生间2个，母婴室1个，参与40人。");
  expect(findings).toEqual(["text.placeholder 活动台账!H3 “简要内容”中“花了大概20来万”是口头说的金额，总结不写这一句；投入的经费请写在“其他指标”或“宣传投放”的经费中（如“投入约20万元”）。"]);
  for (const typed of ["用了差不多3万", "花费5000来块", "花了两千多块钱", "花了几万块", "投入3万左右"]) {
    expect([typed, activityContent(`维修路灯，${typed}`).content]).toEqual([typed, "维修路灯"]);
  }
  // A written sum stays.
  expect(activityContent("维修路灯，投入资金约3万元").content).toBe("维修路灯，投入资金约3万元");
});

const hotel = { 单位名称: "锦江大酒店", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" } as const;
it("D2: 下一步打算 `明年接着搞` is left out, the section with it, and check says so", async () => {
  const content = { profile: hotel, ledgers: { 文字材料: [{ 类型: "导语", 内容: "我店认真落实创建工作要求。" }, { 类型: "下一步打算", 内容: "明年接着搞" }] } } as WorkbookContent;
  const text = await summaryTextOf(content);
  expect(text).not.toContain("接着搞");
  expect(text).not.toContain("下一步工作打算");
  expect((await findingsOf(content, "文字材料")).filter((f) => f.startsWith("text.spoken"))).toEqual(["text.spoken 文字材料!B4 内容中“明年接着搞”是口语说法，总结不写这一句，总结将没有“下一步工作打算”部分；请改写成书面表述。"]);
  for (const typed of ["继续搞", "接着干", "再搞一次", "搞一搞评比"]) expect([typed, spokenSentences(`${typed}。`).left.length]).toEqual([typed, 1]);
  expect(spokenSentences("持续开展文明餐桌行动。接着推进垃圾分类。").left).toEqual([]);
});

it("D6: `还是不少`, `还是分不清`, `还是排长队` in 存在不足 are speech", () => {
  for (const typed of ["部分路口电动车闯红灯的还是不少，屡禁不止。", "有的员工垃圾分类还是分不清。", "节假日厕所还是排长队。", "学雷锋月活动声势大。"]) {
    expect(spokenSentences(typed).left).toEqual([{ text: typed, why: "口语" }]);
  }
  // Written words of the same spirit stay.
  expect(spokenSentences("部分路口电动车闯红灯现象仍较多。部分员工垃圾分类仍不够准确。节假日厕所排队现象仍较突出。还是要坚持问题导向。").left).toEqual([]);
});

it("D6: a one-phrase 工作亮点 (`学雷锋月活动声势大`) is no numbered section of its own", async () => {
  const content = { profile: { 单位名称: "新华街道办事处", 单位类型: "街道", 报告年度: 2025, 报告期: "上半年" }, ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: "学雷锋月活动声势大" }] } } as WorkbookContent;
  const text = await summaryTextOf(content);
  expect(text).not.toContain("声势大");
  expect((await findingsOf(content, "文字材料")).filter((f) => f.startsWith("text.spoken"))).toEqual(["text.spoken 文字材料!B3 内容中“学雷锋月活动声势大”是口语说法，总结不写这一句；请改写成书面表述。"]);
});

it("D10: `吃完饭服务员提醒打包` is said in written words", async () => {
  const content = { profile: hotel, ledgers: { 活动台账: [{ 日期: { date: "2025-03-05" }, 活动名称: "光盘行动", 活动类型: "主题教育", 参与数量: 3600, 单位: "人次", 简要内容: "吃完饭服务员提醒打包，顾客基本都配合" }] } } as WorkbookContent;
  const text = await summaryTextOf(content);
  const line = text.split("\n").find((l) => l.includes("3月5日")) ?? text;
  expect(line).toContain("餐后由服务员提醒顾客打包，参与3600人次");
  expect(line).not.toContain("吃完饭");
  expect(activityContent("吃完饭服务员提醒打包").content).toBe("餐后由服务员提醒顾客打包");
  // Other meal talk with no safe written form is left out.
  expect(activityContent("开展光盘行动，吃完饭大家自己收盘子").content).toBe("开展光盘行动");
});
