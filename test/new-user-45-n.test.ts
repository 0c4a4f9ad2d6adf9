/** @jest-environment node */
/**
 * New-user test 45 (docs/new-user-test-pane-45.md), D2, D3, D9 and D14, each as the tester typed it.
 * D2: `给15户文明家庭挂牌，乡贤赵老板捐了2万块钱` printed as typed, no finding (赵老板 is a person, 捐了…块钱 spoken).
 * D3: `王大嘴带队挨家挨户讲` (a nickname from a look, then spoken words) printed as typed, no finding.
 * D9: spoken or verb-less 简要内容 kept (`请交警队的同志来讲`, `客服中心组织`, `评议了3户不孝顺老人的`, `早7点到9点`).
 * D14: `summarize --names` printed a nickname in quotation marks before a name (`“胖哥”刘涛`).
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

/** The findings of `content` as `sheet!cell rule message`, and its summary (names printed when `names`). */
async function read(content: WorkbookContent, names = false): Promise<{ findings: string[]; text: string }> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  const text = documentText(summarize(analysis, standardV1, { includeNames: names, today: 45900 }).document);
  return { findings: analysis.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.message}`), text };
}
const at = (findings: readonly string[], cell: string): string[] => findings.filter((f) => f.startsWith(`${cell} `));

const village = { 单位名称: "河湾村村委会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年" } as const;
const bus = { 单位名称: "城东公交公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" } as const;
const property = { 单位名称: "阳光物业服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第四季度" } as const;
const lake = { 单位名称: "南湖社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" } as const;
const hospital = { 单位名称: "县人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" } as const;

it("D2: `乡贤赵老板捐了2万块钱` is left out with a 提示 at the cell, `给15户文明家庭挂牌` is said `为15户文明家庭挂牌`", async () => {
  const { findings, text } = await read({ profile: village, ledgers: { 活动台账: [
    { 日期: "2025-05-30", 活动名称: "文明家庭表彰大会", 活动类型: "宣传教育", 参与数量: "约300", 单位: "人", 简要内容: "给15户文明家庭挂牌，乡贤赵老板捐了2万块钱" },
  ] } });
  expect(text).toContain("5月30日召开文明家庭表彰大会，为15户文明家庭挂牌，约300人参加。");
  expect(text).not.toMatch(/赵老板|块钱|捐了/u);
  expect(at(findings, "活动台账!H3")).toEqual([
    "活动台账!H3 value.personal “简要内容”中有个人姓名或称呼“赵老板”，总结不会写出这一部分；个人信息请不要填在这一列。",
  ]);
  // The same class: a surname with 老板, 老板娘 or 老总 after a word of who they are, and a spoken sum of money.
  const more = await read({ profile: village, ledgers: { 活动台账: [
    { 日期: "2025-05-30", 活动名称: "爱心捐赠", 活动类型: "关爱帮扶", 简要内容: "为困难户送米面油，超市钱老板娘出的米" },
    { 日期: "2025-06-01", 活动名称: "助学活动", 活动类型: "关爱帮扶", 简要内容: "为留守儿童发放书包，捐了500块钱" },
  ] } });
  expect(more.text).toContain("为困难户送米面油");
  expect(more.text).toContain("为留守儿童发放书包");
  expect(more.text).not.toMatch(/钱老板娘|块钱/u);
  expect(at(more.findings, "活动台账!H3").map((f) => f.split(" ")[1])).toEqual(["value.personal"]);
  expect(at(more.findings, "活动台账!H4")).toEqual([
    "活动台账!H4 text.placeholder “简要内容”中“捐了500块钱”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。",
  ]);
});

it("D3: a nickname from a look inside 简要内容 (`王大嘴带队`, `李胖子负责`) is left out with a 提示, `挨家挨户讲` is spoken", async () => {
  const { findings, text } = await read({ profile: lake, ledgers: { 活动台账: [
    { 日期: "2025-05-20", 活动名称: "垃圾分类进楼道", 活动类型: "环境整治", 参与数量: 200, 单位: "人", 地点: "1-12幢", 简要内容: "王大嘴带队挨家挨户讲" },
    { 日期: "2025-06-02", 活动名称: "楼道清理", 活动类型: "环境整治", 参与数量: 30, 单位: "人", 简要内容: "清理楼道杂物，李胖子负责登记" },
    { 日期: "2025-06-09", 活动名称: "垃圾分类宣传", 活动类型: "宣传教育", 参与数量: 40, 单位: "人", 简要内容: "志愿者挨家挨户讲" },
  ] } });
  expect(text).toContain("5月20日在1—12幢开展“垃圾分类进楼道”活动，参与200人");
  expect(text).toContain("清理楼道杂物");
  expect(text).not.toMatch(/大嘴|胖子|挨家挨户讲/u);
  expect(at(findings, "活动台账!H3")).toEqual([
    "活动台账!H3 value.personal “简要内容”中有个人姓名或称呼“王大嘴”，总结不会写出这一部分；个人信息请不要填在这一列。",
  ]);
  expect(at(findings, "活动台账!H4")).toEqual([
    "活动台账!H4 value.personal “简要内容”中有个人姓名或称呼“李胖子”，总结不会写出这一部分；个人信息请不要填在这一列。",
  ]);
  expect(at(findings, "活动台账!H5")).toEqual([
    "活动台账!H5 text.placeholder “简要内容”中“志愿者挨家挨户讲”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。",
  ]);
  // Words that hold such a look and name no one stay (`大头菜`, `高大个子` is no surname's nickname before a doing word).
  const plain = await summaryTextOf({ profile: lake, ledgers: { 活动台账: [{ 日期: "2025-06-10", 活动名称: "邻里节", 活动类型: "文体活动", 简要内容: "包饺子、腌大头菜" }] } });
  expect(plain).toContain("包饺子、腌大头菜");
});

it("D9: spoken 简要内容 said in written words where that is safe, else left out with a 提示", async () => {
  const b = await read({ profile: bus, ledgers: { 活动台账: [
    { 日期: "2025-06-18", 活动名称: "驾驶员文明服务培训", 活动类型: "会议培训", 参与数量: 320, 单位: "人", 简要内容: "请交警队的同志来讲，讲得很好，大家收获很大" },
    { 日期: "2025-11-20", 活动名称: "投诉处理培训", 活动类型: "会议培训", 参与数量: 50, 单位: "人", 简要内容: "客服中心组织，学习投诉处理流程" },
    { 日期: "2025-09-10", 活动名称: "消防安全培训", 活动类型: "会议培训", 参与数量: 60, 单位: "人", 简要内容: "请消防员来讲灭火器使用" },
  ] } });
  expect(b.text).toContain("邀请交警队同志授课");
  expect(b.text).toContain("由客服中心组织，学习投诉处理流程");
  expect(b.text).toContain("邀请消防员讲解灭火器使用");
  expect(b.text).not.toMatch(/来讲|的同志/u);
  const v = await read({ profile: village, ledgers: { 活动台账: [
    { 日期: "2025-04-20", 活动名称: "道德评议会", 活动类型: "道德讲堂", 参与数量: 60, 单位: "人", 简要内容: "评议了3户不孝顺老人的，当场表态改正" },
  ] } });
  expect(v.text).toContain("4月20日召开道德评议会，60人参加。");
  expect(v.text).not.toMatch(/评议了|老人的|当场表态/u);
  expect(at(v.findings, "活动台账!H3")).toEqual([
    "活动台账!H3 text.placeholder “简要内容”中“评议了3户不孝顺老人的”“当场表态改正”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。",
  ]);
  const p = await read({ profile: property, ledgers: { 活动台账: [
    { 日期: "2025-10-15", 活动名称: "垃圾分类桶边督导", 活动类型: "志愿服务", 参与数量: "四十余", 单位: "人次", 简要内容: "早7点到9点在桶边指导业主分类，18号楼张大爷天天来帮忙" },
  ] } });
  expect(p.text).toContain("7时至9时在垃圾桶旁指导业主分类");
  expect(p.text).not.toMatch(/早7点|在桶边|张大爷/u);
});

it("D14: `--names` prints the names without a nickname in quotation marks (`“胖哥”刘涛` → `刘涛`), with a 提示 at 姓名", async () => {
  const h = await read({ profile: hospital, ledgers: { 先进典型: [{ 荣誉名称: "最美医生", 级别: "县级", 类别: "敬业奉献", 人数: 2, 姓名: "张伟、“胖哥”刘涛" }] } }, true);
  expect(h.text).toContain("（张伟、刘涛）");
  expect(h.text).not.toContain("胖哥");
  expect(at(h.findings, "先进典型!E3")).toEqual([
    "先进典型!E3 honour.nickname “姓名”中“胖哥”是绰号，总结写入姓名时只写“刘涛”；请只填写正式姓名。",
  ]);
  const v = await read({ profile: village, ledgers: { 先进典型: [{ 荣誉名称: "好媳妇好婆婆", 级别: "社区/村", 类别: "孝老爱亲", 人数: 6, 姓名: "王秀兰、“二嫂”刘翠花等6人" }] } }, true);
  expect(v.text).toContain("（王秀兰、刘翠花等）");
  expect(v.text).not.toContain("二嫂");
  expect(at(v.findings, "先进典型!E3").map((f) => f.split(" ")[1])).toEqual(["honour.nickname"]);
  // Without names printed nothing changes in the text; the 提示 is the same.
  const plain = await read({ profile: hospital, ledgers: { 先进典型: [{ 荣誉名称: "最美医生", 级别: "县级", 人数: 2, 姓名: "张伟（外号“胖哥”）、刘涛" }] } }, true);
  expect(plain.text).toContain("（张伟、刘涛）");
});
