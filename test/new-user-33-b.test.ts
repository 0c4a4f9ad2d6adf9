/**
 * New-user test 32 (docs/new-user-test-pane-32.md), defects D19 and D21 (fixed in session 33): households counted for
 * 走访/慰问/家访 activities, and an award's or a title's name told as 获评, never as what the unit 评选表彰-s.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { rolledUpText } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

const gas = { 单位名称: "某某市燃气集团有限公司", 单位简称: "市燃气集团", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" };

it("D19: 活动台账 单位 may be 户 or 家 (checked clean, offered in the dropdown); a visit is told with its households", async () => {
  const content: WorkbookContent = { profile: gas, ledgers: { 活动台账: [
    { 日期: { date: "2025-06-16" }, 活动名称: "安全生产月燃气安全进社区", 活动类型: "宣传教育", 参与数量: 800, 单位: "人次" },
    { 日期: { date: "2025-09-08" }, 活动名称: "中秋慰问独居老人", 活动类型: "关爱帮扶", 参与数量: 40, 单位: "户" },
  ] } };
  const file = await workbookFile(content);
  // Only that 文字材料 is empty (new-user test 33, D13): nothing about 户.
  expect((await cli("check", file)).out).toBe("提示 文字材料 [text.plans-missing] 文字材料还没有填写，总结将没有“存在的不足”和“下一步工作打算”部分。文明办通常要求写明，请在文字材料中加上，类型选“存在不足”“下一步打算”。\n共0个错误、1个提示。\n");
  const text = await summaryTextOf(content);
  expect(text).toContain("　　9月8日结合中秋节走访慰问独居老人40户。");
  expect(text).not.toMatch(/参与40户|40人/u);

  // The dropdown of 活动台账!E (the hidden list sheet's column) and the list in 填报说明 carry 户 and 家.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const lists = wb.getWorksheet("_lists");
  const columns: string[][] = [];
  lists?.eachRow((row) => row.eachCell((c, col) => void (columns[col] ??= []).push(String(c.value))));
  expect(columns.filter((c) => c?.[0] === "人")).toEqual([["人", "人次", "户", "家", "对"]]);
  const guide: string[] = [];
  wb.getWorksheet("填报说明")?.eachRow((row) => guide.push(row.values ? (row.values as unknown[]).filter(Boolean).join("|") : ""));
  expect(guide).toContain("活动台账|单位：人、人次、户、家、对");
});

it("D19: a 家访 without whom is `，走访45户`; several visits give one total `，共走访52户`, each with its own", async () => {
  const kindergarten = { 单位名称: "区实验幼儿园", 单位类型: "学校", 报告年度: 2025, 报告期: "下半年" };
  const one = await summaryTextOf({ profile: kindergarten, ledgers: { 活动台账: [
    { 日期: { date: "2025-07-08" }, 活动名称: "暑期安全家访", 活动类型: "关爱帮扶", 参与数量: 45, 单位: "户" },
  ] } });
  expect(one).toContain("7月8日开展“暑期安全家访”关爱帮扶活动，走访45户。");
  const two = await summaryTextOf({ profile: gas, ledgers: { 活动台账: [
    { 日期: { date: "2025-01-20" }, 活动名称: "春节走访困难职工家庭", 活动类型: "关爱帮扶", 参与数量: 12, 单位: "户" },
    { 日期: { date: "2025-09-08" }, 活动名称: "中秋慰问独居老人", 活动类型: "关爱帮扶", 参与数量: 40, 单位: "户" },
  ] } });
  expect(two).toContain("2场关爱帮扶活动，共走访52户：1月20日结合春节走访困难职工家庭12户；9月8日结合中秋节走访慰问独居老人40户。");
});

it("D19: in a roll-up, households visited are `走访`, never `参与`", async () => {
  const text = await rolledUpText("城东街道办事处", "街道", [
    ["幸福里社区", "社区", { 活动台账: [{ 日期: { date: "2025-01-24" }, 活动名称: "春节慰问独居老人", 活动类型: "关爱帮扶", 参与数量: 40, 单位: "户" }] }],
    ["和平社区", "社区", { 活动台账: [{ 日期: { date: "2025-06-10" }, 活动名称: "走访困难家庭", 活动类型: "关爱帮扶", 参与数量: 25, 单位: "户" }] }],
  ]);
  expect(text).not.toContain("参与65户");
  // Two events of a kind are told one by one, each visit with its households (review run 31, jc D1).
  expect(text).toContain("　　1月24日幸福里社区结合春节走访慰问独居老人40户；6月10日和平社区走访困难家庭25户。");
  expect(text).not.toContain("参与40户");
});

it("D21: a trade union's 五一劳动奖章 and 工人先锋号 of its own 区 are 获评, with their level", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "某某区总工会", 单位简称: "区总工会", 单位类型: "群团组织", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 先进典型: [
      { 荣誉名称: "五一劳动奖章", 级别: "县/区", 类别: "敬业奉献", 人数: 10 },
      { 荣誉名称: "工人先锋号", 级别: "县/区", 类别: "敬业奉献", 人数: 3 },
      { 荣誉名称: "区级优秀职工", 级别: "县/区", 类别: "敬业奉献", 人数: 6 },
    ] },
  });
  expect(text).toContain("　　10人获评区级“五一劳动奖章”，获评区级“工人先锋号”3个；评选表彰区级优秀职工6人。");
  expect(text).not.toMatch(/评选表彰五一劳动奖章|评出工人先锋号/u);
});

it("D21: what a unit selects itself is still 评选表彰/评出 (文明寝室, 垃圾分类示范户)", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江城职业技术学校", 单位类型: "学校", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 先进典型: [
      { 荣誉名称: "文明寝室", 级别: "本单位", 人数: 15 },
      { 荣誉名称: "垃圾分类示范户", 级别: "本单位", 人数: 20 },
    ] },
  });
  expect(text).toContain("评出文明寝室15间和垃圾分类示范户20户");
});

it("D19: a lone visit in 户 among a type's 人 rows is no slip (no activity.mixed-units); 人次 among 人 still is", async () => {
  const rows = (unit: string): WorkbookContent => ({ profile: gas, ledgers: { 活动台账: [
    { 日期: { date: "2025-03-05" }, 活动名称: "学雷锋助老", 活动类型: "关爱帮扶", 参与数量: 20, 单位: "人" },
    { 日期: { date: "2025-05-10" }, 活动名称: "母亲节关爱", 活动类型: "关爱帮扶", 参与数量: 15, 单位: "人" },
    { 日期: { date: "2025-06-01" }, 活动名称: "六一关爱留守儿童", 活动类型: "关爱帮扶", 参与数量: 30, 单位: "人" },
    { 日期: { date: "2025-09-08" }, 活动名称: "中秋慰问独居老人", 活动类型: "关爱帮扶", 参与数量: 40, 单位: unit },
  ] } });
  expect((await cli("check", await workbookFile(rows("户")))).out).toBe("提示 文字材料 [text.plans-missing] 文字材料还没有填写，总结将没有“存在的不足”和“下一步工作打算”部分。文明办通常要求写明，请在文字材料中加上，类型选“存在不足”“下一步打算”。\n共0个错误、1个提示。\n");
  const mixed = (await cli("check", await workbookFile(rows("人次")))).out;
  expect(mixed).toBe("提示 活动台账!E6 [activity.mixed-units] “关爱帮扶”类活动的参与数量多数按“人”计，这一行按“人次”计，两者不能相加，总结中不写这类活动的参与总数；如计法相同，请统一单位。\n提示 文字材料 [text.plans-missing] 文字材料还没有填写，总结将没有“存在的不足”和“下一步工作打算”部分。文明办通常要求写明，请在文字材料中加上，类型选“存在不足”“下一步打算”。\n共0个错误、2个提示。\n");
});
