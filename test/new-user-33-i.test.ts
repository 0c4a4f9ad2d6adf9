/**
 * New-user test 33 (docs/new-user-test-pane-33.md) D13, D14, D17, D21 and new-user test 32 D34: the defects fixed in this
 * session, each as the tester typed it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

type Content = Parameters<typeof workbookFile>[0];

const village = { 单位名称: "南湖村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年" };
const activities = [
  { 日期: "2025-03-05", 活动名称: "学雷锋", 活动类型: "志愿服务", 参与数量: 40, 单位: "人" },
  { 日期: "2025-04-04", 活动名称: "清明祭英烈", 活动类型: "我们的节日", 参与数量: 25, 单位: "人" },
];
const plansOf = (out: string): string[] => out.split("\n").filter((l) => l.includes("[text.plans-missing]"));

describe("D13 / test 32 D34: check tells every summary that would lack 存在的不足 or 下一步工作打算, naming the part", () => {
  it("an imported 活动台账 alone, 文字材料 empty: both parts", async () => {
    const file = await workbookFile({ profile: village, ledgers: { 活动台账: activities } });
    expect(plansOf((await cli("check", file)).out)).toEqual([
      "提示 文字材料 [text.plans-missing] 文字材料还没有填写，总结将没有“存在的不足”和“下一步工作打算”部分。文明办通常要求写明，请在文字材料中加上，类型选“存在不足”“下一步打算”。",
    ]);
    const text = (await cli("summarize", file, "--text", "-")).out;
    expect(text).not.toMatch(/存在的不足|下一步工作打算/u);
  });

  it("only a 下一步打算 and every problem rectified: 存在的不足 (test 32 D34)", async () => {
    const content: Content = {
      profile: village,
      ledgers: {
        活动台账: activities,
        问题整改: [{ 问题类别: "卫生死角", 发现数: 12, 已整改数: 12, 单位: "处" }],
        文字材料: [{ 类型: "下一步打算", 内容: "持续开展人居环境整治" }],
      },
    };
    const file = await workbookFile(content);
    expect(plansOf((await cli("check", file)).out)).toEqual([
      "提示 文字材料 [text.plans-missing] 文字材料中还没有“存在不足”，问题整改台账中也没有未整改到位的问题，总结将没有“存在的不足”部分。文明办通常要求写明，请在文字材料中加上，类型选“存在不足”。",
    ]);
    const text = await summaryTextOf(content);
    expect(text).not.toContain("存在的不足");
    expect(text).toContain("下一步工作打算");
  });

  it("a problem left open gives the summary its 存在的不足: only the missing 下一步打算 is told, or nothing", async () => {
    const open = { 问题类别: "卫生死角", 发现数: 12, 已整改数: 10, 单位: "处" };
    const empty = await workbookFile({ profile: village, ledgers: { 活动台账: activities, 问题整改: [open] } });
    expect(plansOf((await cli("check", empty)).out)).toEqual([
      "提示 文字材料 [text.plans-missing] 文字材料还没有填写，总结将没有“下一步工作打算”部分。文明办通常要求写明，请在文字材料中加上，类型选“下一步打算”。",
    ]);
    const content: Content = { profile: village, ledgers: { 活动台账: activities, 问题整改: [open], 文字材料: [{ 类型: "下一步打算", 内容: "持续开展人居环境整治" }] } };
    expect(plansOf((await cli("check", await workbookFile(content))).out)).toEqual([]);
    expect(await summaryTextOf(content)).toContain("存在的不足");
  });

  it("a 导语 only: both parts; a 存在不足 only: 下一步工作打算", async () => {
    const lead = await workbookFile({ profile: village, ledgers: { 活动台账: activities, 文字材料: [{ 类型: "导语", 内容: "今年以来，我村扎实推进创建工作。" }] } });
    expect(plansOf((await cli("check", lead)).out)).toEqual([
      "提示 文字材料 [text.plans-missing] 文字材料中还没有“存在不足”和“下一步打算”，总结将没有“存在的不足”和“下一步工作打算”部分。文明办通常要求写明，请在文字材料中加上，类型选“存在不足”“下一步打算”。",
    ]);
    const gap = await workbookFile({ profile: village, ledgers: { 活动台账: activities, 文字材料: [{ 类型: "存在不足", 内容: "群众参与面还不够广" }] } });
    expect(plansOf((await cli("check", gap)).out)).toEqual([
      "提示 文字材料 [text.plans-missing] 文字材料中还没有“下一步打算”，总结将没有“下一步工作打算”部分。文明办通常要求写明，请在文字材料中加上，类型选“下一步打算”。",
    ]);
  });
});

describe("D17: 报告期 typed with its year gets 请选 and is fixed by 规范数据", () => {
  it.each([
    ["2025年下半年", "下半年"],
    ["2025年度", "全年"],
    ["2025年第三季度", "第三季度"],
    ["2025年第3季度", "第三季度"],
    ["2025下半年度", "下半年"],
  ])("%s → %s", async (typed, value) => {
    const file = await workbookFile({ profile: { ...village, 报告期: typed }, ledgers: { 活动台账: activities } });
    const enumLine = (await cli("check", file)).out.split("\n").find((l) => l.includes("[value.enum]"));
    expect(enumLine).toBe(
      `错误 基本信息!B9 [value.enum] “报告期”不能填“${typed}”，请从下拉列表中选择：全年、上半年、下半年、第一季度、第二季度、第三季度、第四季度、月度、专项。“${typed}”请选“${value}”，年份2025已在“报告年度”中，可用“规范数据”（命令行：campaign-ledger fix 台账.xlsx -o 新文件.xlsx）改正。`,
    );
    const out = join(mkdtempSync(join(tmpdir(), "cl-nu33i-")), "fixed.xlsx");
    const fixed = await cli("fix", file, "-o", out);
    expect(fixed.code).toBe(0);
    expect((await cli("check", out)).out).not.toContain("[value.enum]");
  });
});

describe("D14: a thin section gets a heading that claims no more than it holds", () => {
  it("志愿服务 without any team row: 开展志愿服务活动, never 壮大志愿队伍", async () => {
    const text = await summaryTextOf({ profile: village, ledgers: { 活动台账: activities } });
    expect(text).toContain("一、开展志愿服务活动，弘扬雷锋精神\n　　3月5日开展“学雷锋”志愿服务活动，参与40人。");
    expect(text).not.toContain("壮大志愿队伍");
  });

  it("with a team the profile's heading stays", async () => {
    const text = await summaryTextOf({ profile: village, ledgers: { 活动台账: activities, 志愿服务: [{ 队伍名称: "南湖村志愿服务队", 队伍类型: "综合志愿者", 注册人数: 35 }] } });
    expect(text).toContain("、壮大志愿队伍，提升服务实效\n");
  });

  it("宣传投放 of displays maintained only: 做好宣传阵地维护, never 加强宣传引导", async () => {
    const profile = { 单位名称: "城南区政务服务中心", 单位类型: "其他", 报告年度: 2025, 报告期: "上半年" };
    const upkeep = await summaryTextOf({ profile, ledgers: { 宣传投放: [{ 类型: "电子屏", 位置或内容: "大厅显示屏", 数量: 4, 单位: "块", 方式: "维护" }] } });
    expect(upkeep).toContain("、做好宣传阵地维护，营造创建氛围\n　　维护大厅显示屏4块。");
    const set = await summaryTextOf({ profile, ledgers: { 宣传投放: [{ 类型: "电子屏", 位置或内容: "大厅显示屏", 数量: 4, 单位: "块", 方式: "维护" }, { 类型: "展板", 数量: 6, 单位: "块", 方式: "新设" }] } });
    expect(set).toContain("、加强宣传引导，营造创建氛围\n");
  });
});

describe("D21: 25000 volunteers in one bank's team get a 提示 by 单位类型", () => {
  const bank = { 单位名称: "工商银行城南支行营业部", 单位简称: "工行", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" };
  const team = (members: number) => ({ 队伍名称: "工行青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: members, 服务次数: 8, "服务时长（小时）": 12345.5 });

  it("above 1万 for a 企事业单位 (catalog staffVolunteerCeiling), said at 注册人数; the summary prints the figure as typed", async () => {
    const content: Content = { profile: bank, ledgers: { 志愿服务: [team(25000)] } };
    const lines = (await cli("check", await workbookFile(content))).out.split("\n").filter((l) => l.includes("implausible"));
    expect(lines).toEqual(["提示 志愿服务!C3 [volunteer.members-implausible] 志愿服务各队注册人数合计25000人，一个企事业单位的注册志愿者很少超过1万人，请核对是否多输了数字；总结会照此写出。"]);
    // Narrative v2 rule 10: between 10,000 and 100,000 either form; 12345.5 is no two-decimal 万 figure, so digits.
    expect(await summaryTextOf(content)).toContain("服务时长12345.5小时。");
  });

  it("a plausible team, or a 群团组织 registering a whole 区's volunteers, is not told", async () => {
    const plain = (await cli("check", await workbookFile({ profile: bank, ledgers: { 志愿服务: [team(250)] } }))).out;
    expect(plain).not.toContain("members-implausible");
    const union = { ...bank, 单位名称: "城南区妇女联合会", 单位简称: "区妇联", 单位类型: "群团组织" };
    expect((await cli("check", await workbookFile({ profile: union, ledgers: { 志愿服务: [team(25000)] } }))).out).not.toContain("members-implausible");
  });
});
