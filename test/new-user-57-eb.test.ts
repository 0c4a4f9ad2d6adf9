/**
 * New-user test 57 (docs/new-user-test-pane-57.md), personal data in free text and honour titles: D21 (a name typed
 * after the title in 荣誉名称, `好婆婆王秀英`, printed without --names and unflagged), D22 (a 存在不足 naming `陈某某` dropped
 * whole and silently), D23 (a 下一步打算 with a phone dropped whole) and D19 (the finding quoting `校长黄丽去`; `张检` unflagged).
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { hasPersonalData, honourHolderInTitle } from "../src/core/facts/remark";

const analysisOf = async (content: WorkbookContent) => analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  (await analysisOf(content)).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);
const textOf = async (content: WorkbookContent, includeNames = false): Promise<string> =>
  documentText(summarize(await analysisOf(content), standardV1, { includeNames, today: 45900 }).document);

const profile = { 单位名称: "金桂社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "第四季度", 起始日期: "2025-10-01", 截止日期: "2025-12-31" };
const honour = (row: Record<string, string | number>): WorkbookContent => ({
  profile,
  ledgers: {
    先进典型: [{ 级别: "社区/村", 类别: "孝老爱亲", 人数: 1, ...row }],
    活动台账: [{ 日期: "2025-11-05", 活动名称: "楼道整治", 活动类型: "环境整治", 参与数量: 30, 单位: "人" }],
  },
});

describe("D21: a name typed after the title in 荣誉名称", () => {
  it("is cut from the title without --names, and check says so at 荣誉名称", async () => {
    const text = await textOf(honour({ 荣誉名称: "好婆婆王秀英" }));
    // Said as the title typed alone would be (the unit's own honours go without quotation marks: `评选表彰楼栋好人6人`).
    expect(text).toContain("评选表彰好婆婆1人。");
    expect(text).not.toContain("王秀英");
    expect(await findingsOf(honour({ 荣誉名称: "好婆婆王秀英" }), "value.personal")).toEqual([
      "先进典型!A3 “荣誉名称”中有个人姓名“王秀英”，总结只写荣誉名称“好婆婆”，不写姓名（勾选“在总结中写入姓名”时作为姓名写出）；姓名请填在“姓名”列。",
    ]);
  });

  it("with --names, is told as a name, as 姓名 would be", async () => {
    const typedInTitle = await textOf(honour({ 荣誉名称: "好婆婆王秀英" }), true);
    const typedInNames = await textOf(honour({ 荣誉名称: "好婆婆", 姓名: "王秀英" }), true);
    expect(typedInTitle).toContain("王秀英");
    expect(typedInTitle).toBe(typedInNames);
  });

  it.each([
    ["好婆婆王秀英", { title: "好婆婆", name: "王秀英" }],
    ["最美家庭李建华家", { title: "最美家庭", name: "李建华" }],
    ["文明户张三", { title: "文明户", name: "张三" }],
    ["道德模范刘芳", { title: "道德模范", name: "刘芳" }],
    ["好婆婆王金花", { title: "好婆婆", name: "王金花" }],
    ["最美志愿者黄丽", { title: "最美志愿者", name: "黄丽" }],
    ["最美家庭", undefined],
    ["文明家庭", undefined],
    ["好媳妇", undefined],
    ["身边好人", undefined],
    ["道德模范", undefined],
    ["星级文明户", undefined],
    ["最美家庭金奖", undefined],
    ["五好家庭", undefined],
    ["最美庭院", undefined],
    ["优秀共产党员", undefined],
    ["文明单位", undefined],
  ])("honourHolderInTitle(%s)", (title, expected) => {
    expect(honourHolderInTitle(title)).toEqual(expected);
  });
});

const texts = (rows: { 类型: string; 内容: string }[]): WorkbookContent => ({
  profile,
  ledgers: { 活动台账: [{ 日期: "2025-11-05", 活动名称: "楼道整治", 活动类型: "环境整治", 参与数量: 30, 单位: "人" }], 文字材料: rows },
});

it("D22: a 存在不足 naming an anonymised resident keeps its point without the person, and check says so", async () => {
  const book = texts([{ 类型: "存在不足", 内容: "个别居民如5栋的陈某某不配合整治" }]);
  const text = await textOf(book);
  expect(text).toContain("存在的不足");
  expect(text).toContain("个别居民不配合整治");
  expect(text).not.toContain("某");
  expect(await findingsOf(book, "value.personal")).toEqual([
    "文字材料!B3 “内容”中有个人姓名或称呼“陈某某”，总结不会写出这一部分；个人信息请不要填在这一列。",
  ]);
});

it("D22: the same for a resident named in full, and for words of 如 that give no example", async () => {
  const book = texts([
    { 类型: "存在不足", 内容: "部分商户如李老板等仍有占道经营现象" },
    { 类型: "存在不足", 内容: "个别居民如5栋的陈刚不配合整治" },
    { 类型: "存在不足", 内容: "居民如何参与垃圾分类还需加强引导" },
  ]);
  const text = await textOf(book);
  expect(text).toContain("部分商户仍有占道经营现象");
  expect(text).toContain("个别居民不配合整治");
  expect(text).toContain("居民如何参与垃圾分类还需加强引导");
  expect(text).not.toMatch(/李|陈/u);
  expect(await findingsOf(book, "value.personal")).toEqual([
    "文字材料!B3 “内容”中有个人姓名或称呼“李老板”，总结不会写出这一部分；个人信息请不要填在这一列。",
    "文字材料!B4 “内容”中有个人姓名或称呼“陈刚”，总结不会写出这一部分；个人信息请不要填在这一列。",
  ]);
});

it("D23: a 下一步打算 with a contact's phone keeps the plan without the phone", async () => {
  const book = texts([{ 类型: "下一步打算", 内容: "联系电话13974123456的物业经理负责跟进电动车充电桩建设" }]);
  const text = await textOf(book);
  expect(text).toContain("下一步工作打算");
  expect(text).toContain("物业负责跟进电动车充电桩建设");
  expect(text).not.toMatch(/139|电话|经理/u);
});

it("D19: a name after 副校长 is quoted whole; a surname with a short title (`张检`) is flagged", async () => {
  const book: WorkbookContent = {
    profile,
    ledgers: {
      活动台账: [{ 日期: "2025-11-05", 活动名称: "法治进社区", 活动类型: "宣传教育", 参与数量: 30, 单位: "人", 备注: "法治副校长黄丽去讲的" }],
      组织保障: [{ 事项类型: "工作机制", 名称或内容: "检察开放日联席会", 数量: 1, 单位: "次", 日期: "2025-11-10", 备注: "张检主持" }],
    },
  };
  const found = await findingsOf(book, "value.personal");
  expect(found.find((f) => f.startsWith("活动台账!"))).toContain("个人姓名或称呼“副校长黄丽”");
  expect(found.find((f) => f.startsWith("组织保障!"))).toContain("个人姓名或称呼“张检”");
  expect(personalWords(["安检", "年检", "质检", "清理楼道杂物40余处", "张检主持", "王局带队", "陈所说"])).toEqual([false, false, false, false, true, true, true]);
});

const personalWords = (xs: string[]): boolean[] => xs.map(hasPersonalData);
