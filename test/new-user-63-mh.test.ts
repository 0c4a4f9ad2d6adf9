/**
 * New-user test 63 (docs/new-user-test-pane-63.md), 文字材料 read for print: D5 (a rewritten 文字材料 still spoken: `推行“X”，
 * 就是……`, `把电梯换掉`, `继续做好创文`; a 导语 dropped whole with a 提示 naming no spoken words), D6 (a staff member named by
 * role in 文字材料 printed, unflagged), D9 (存在不足 saying one problem twice), D12 (a 简要内容 whose name was removed called
 * 口语); new-user test 62 (docs/new-user-test-pane-62.md), D7 (the same as D9); review run 32,
 * 材料7 item 7 (`推行“文博小讲解员”`: 推行 takes a practice, never people) and 材料3 item 5 (`加班较多`).
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

const analysisOf = async (content: WorkbookContent) => analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  (await analysisOf(content)).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);
const textOf = async (content: WorkbookContent, includeNames = false): Promise<string> =>
  documentText(summarize(await analysisOf(content), standardV1, { includeNames, today: 45900 }).document);

const profile = { 单位名称: "南岭县养老服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年", 上级指导单位: "南岭县民政局" };
const activity = { 日期: "2025-05-18", 活动名称: "学雷锋志愿服务日", 活动类型: "志愿服务", 参与数量: 60, 单位: "人" };
const texts = (rows: { 类型: string; 内容: string }[], more: Partial<WorkbookContent["ledgers"]> = {}): WorkbookContent => ({
  profile,
  ledgers: { 活动台账: [activity], 文字材料: rows, ...more },
});

const findingsAt = async (content: WorkbookContent, sheet: string): Promise<string[]> =>
  (await analysisOf(content)).findings.filter((f) => f.sheet === sheet).map((f) => `${f.rule} ${f.cell} ${f.message}`);

it("D5: a 导语 closing on talk keeps its written part, the talk named; a 就是 clause goes; a plan is said in written words", async () => {
  const book = texts([
    { 类型: "导语", 内容: "今年以来，我们中心在县民政局的指导下，紧紧围绕创建文明城市这个中心，把创文工作和养老服务结合起来，老人们都说好。" },
    { 类型: "工作亮点", 内容: "我们搞了个“银龄相伴”，就是志愿者一对一陪老人聊天，效果还是蛮好的。" },
    { 类型: "工作亮点", 内容: "开展“光盘行动”，剩饭剩菜明显减少。" },
    { 类型: "下一步打算", 内容: "明年打算再招5名护理员，把电梯换掉，继续把创文搞好。" },
  ]);
  const text = await textOf(book);
  expect(text).toContain("今年以来，我中心在县民政局的指导下，紧紧围绕创建文明城市，将创文工作与养老服务相结合。");
  expect(await findingsOf(book, "text.spoken")).toContain(
    "文字材料!B3 内容中“老人们都说好”是口语说法，总结不写这部分，这一句只写“今年以来，我中心在县民政局的指导下，紧紧围绕创建文明城市，将创文工作与养老服务相结合”；请改写成书面表述。");
  expect(text).not.toContain("就是");
  expect(text).toContain("计划招募护理员5名，更换电梯，继续做好创文工作。");
  expect(await findingsOf(book, "text.spoken")).toContain(
    "文字材料!B6 内容“明年打算再招5名护理员，把电梯换掉，继续把创文搞好。”中有口语说法，总结写作“计划招募护理员5名，更换电梯，继续做好创文工作。”；请核对，或改成书面表述。");
});

it("review run 32, AV 材料7 item 7: 推行 takes a practice, never people", async () => {
  const text = await textOf(texts([{ 类型: "工作亮点", 内容: "推行“文博小讲解员”，受到游客好评。" }]));
  expect(text).toContain("打造“文博小讲解员”志愿服务品牌，受到游客好评。");
});

it("D6: a staff member named after their role is personal data: the role stays, the name goes, check says so", async () => {
  const book = texts([{ 类型: "工作亮点", 内容: "开展“银龄相伴”一对一陪伴服务，护理员周小芳常年坚持为失能老人喂饭擦身；队员王强、李明每天巡查。" }]);
  const text = await textOf(book);
  expect(text).toContain("护理员常年坚持为失能老人喂饭擦身");
  expect(text).toContain("队员每天巡查");
  expect(text).not.toMatch(/周小芳|王强|李明/u);
  expect(await findingsOf(book, "value.personal")).toEqual([
    "文字材料!B3 “内容”中有个人姓名或称呼“周小芳、王强、李明”，总结不会写出这一部分；个人信息请不要填在这一列。",
  ]);
});

it("D9 (test 62, D7): a shortcoming naming an open 问题整改 kind says its open count once", async () => {
  const gas = await textOf(texts([{ 类型: "存在不足", 内容: "部分老旧小区燃气管道锈蚀，改造资金缺口较大。" }], {
    问题整改: [{ 问题类别: "其他", 发现数: 28, 已整改数: 20, 单位: "处", 备注: "老旧小区燃气管道锈蚀" }, { 问题类别: "占道堆放", 发现数: 5, 已整改数: 5, 单位: "处" }],
  }));
  expect(gas).toContain("　　部分老旧小区燃气管道锈蚀，28处中尚有8处未整改到位，改造资金缺口较大。");
  expect(gas).not.toContain("二是");
  const school = await textOf(texts([{ 类型: "存在不足", 内容: "校门口接送车辆乱停现象尚未根治。" }], {
    问题整改: [{ 问题类别: "其他", 发现数: 8, 已整改数: 6, 单位: "处", 备注: "校门口家长接送车辆乱停" }, { 问题类别: "卫生死角", 发现数: 12, 已整改数: 12, 单位: "处" }],
  }));
  expect(school).toContain("　　校门口接送车辆乱停现象尚未根治，8处中尚有2处未整改到位。");
});

it("D12: what is left of a 简要内容 after a name is said so, never called talk", async () => {
  const book = texts([], { 活动台账: [{ 日期: "2025-04-23", 活动名称: "作家签售会", 活动类型: "文体活动", 参与数量: 200, 单位: "人", 简要内容: "本地作家 刘明远 签售" }] });
  expect((await findingsAt(book, "活动台账")).filter((f) => f.startsWith("text.placeholder"))).toEqual([
    "text.placeholder H3 “简要内容”中的个人姓名总结不写，去掉姓名后剩下的“签售”太短，不足以写成活动内容：总结不写这一句；请写明活动的实际内容，个人姓名不必写入。",
  ]);
});

it("D5: a long sentence left out whole names its spoken words in the 提示", async () => {
  const book = texts([{ 类型: "导语", 内容: "今年上半年，我们中心在县民政局的指导下，紧紧围绕创建文明城市这个中心，把创文工作和养老服务结合起来，效果蛮好的。" }]);
  expect(await findingsOf(book, "text.spoken")).toEqual([
    "文字材料!B3 内容中“今年上半年，我们中心在县民政局的指导下，紧紧围绕创建文明城市…（共56字）”有口语说法“效果蛮好的”，总结不写这一句；请改写成书面表述。",
  ]);
});
