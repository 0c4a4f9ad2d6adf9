/**
 * New-user test 34 (docs/new-user-test-pane-34.md), defects D10, D11, D24, D13: each as the tester typed it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { doubledInText } from "../src/core/validate/cross-checks";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const huge = {
  profile: { 单位名称: "巨数社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 常住人口: 8000 },
  ledgers: {
    宣传投放: [
      { 类型: "公益广告", 位置或内容: "主干道", 数量: 1e12, 单位: "块", 方式: "新设", "投入金额（元）": 9.99e15, 日期: "2025-03-01" },
      { 类型: "展板", 位置或内容: "小区出入口", 数量: 12, 单位: "块", 方式: "新设", "投入金额（元）": 3600, 日期: "2025-03-02" },
    ],
    志愿服务: [
      { 队伍名称: "巨数志愿服务队", 队伍类型: "综合志愿者", 注册人数: 100000000, 服务次数: 1, "服务时长（小时）": 1 },
      { 队伍名称: "巾帼志愿服务队", 队伍类型: "巾帼志愿者", 注册人数: 40, 服务次数: 6, "服务时长（小时）": 24 },
    ],
  },
};

it("D10: check says value.impossible cells are errors; --force leaves their rows out of every ledger and lists them", async () => {
  const file = await workbookFile(huge);
  const check = (await cli("check", file)).out;
  expect(check).toContain("错误 宣传投放!C3 [value.impossible] “数量”为1000000000000块，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。");
  expect(check).toContain("错误 宣传投放!F3 [value.impossible] “投入金额”为9990000000000000元，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。");
  expect(check).toContain("错误 志愿服务!C3 [value.impossible] “注册人数”为100000000人，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。");
  const forced = await cli("summarize", file, "--text", "-", "--force", "--date", "2025-07-05");
  expect(forced.out).not.toMatch(/万亿|1亿|100000000|1000000000000/u);
  expect(forced.out).toContain("　　巨数社区居委会辖区有常住人口8000人。2025年上半年，社区投入宣传经费3600元。现将有关情况总结如下。");
  expect(forced.out).toContain("　　投入宣传经费3600元，在小区出入口设置展板12块。");
  expect(forced.out).toContain("　　巾帼志愿服务队现有注册巾帼志愿者40人；累计开展志愿服务6次，服务时长24小时。");
  expect(forced.err).toContain("（宣传投放第3行有错误（C3），该行未写入总结）");
  expect(forced.err).toContain("（志愿服务第3行有错误（C3），该行未写入总结）");
  // The forced text is the text of the workbook without those rows.
  const { ledgers } = huge;
  const clean = await cli("summarize", await workbookFile({ ...huge, ledgers: { 宣传投放: [ledgers.宣传投放[1]], 志愿服务: [ledgers.志愿服务[1]] } }), "--text", "-", "--date", "2025-07-05");
  expect(forced.out).toBe(clean.out);
});

it("D10: a roll-up made with --force leaves a unit's value.impossible row out of the street's text too", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu34s-"));
  const unit = async (name: string, ledgers: Record<string, Record<string, SeedValue>[]>): Promise<string> => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 单位名称: name, 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" }, ledgers }));
    return file;
  };
  const files = [
    await unit("望江社区居委会", { 宣传投放: [{ 类型: "公益广告", 位置或内容: "主干道", 数量: 1e12, 单位: "块", 方式: "新设", "投入金额（元）": 2000, 日期: "2025-03-01" }, { 类型: "展板", 位置或内容: "小区出入口", 数量: 12, 单位: "块", 方式: "新设", "投入金额（元）": 3600, 日期: "2025-03-02" }] }),
    await unit("向阳社区居委会", { 宣传投放: [{ 类型: "展板", 位置或内容: "小区出入口", 数量: 8, 单位: "块", 方式: "新设", "投入金额（元）": 1000, 日期: "2025-03-02" }] }),
  ];
  const out = join(dir, "汇总.xlsx");
  expect((await cli("rollup", ...files, "-o", out, "--unit", "城南街道办事处", "--type", "街道", "--force")).code).toBe(0);
  const text = (await cli("summarize", out, "-o", dir, "--force", "--text", "-")).out;
  expect(text).not.toMatch(/万亿|1000000000000|公益广告|5600元/u);
  expect(text).toContain("　　全街道共设置展板20块，投入宣传经费4600元，其中望江社区3600元、向阳社区1000元。");
});

it("D11: doubled words in the user's own 文字材料 are a 提示 naming each, the text left as typed", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "巨数社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 文字材料: [
      { 类型: "工作亮点", 内容: "人人参与、家家户户动起来，志愿者天天巡查，常常入户看看，轻轻敲门，试试新办法，创建氛围渐渐浓厚。" },
      { 类型: "下一步打算", 内容: "继续继续做好做好工作。" },
      { 类型: "存在不足", 内容: "居民的的参与热情还不够高，一步一步来。" },
    ] },
  });
  const hints = (await cli("check", file)).out.split("\n").filter((l) => l.includes("[text.doubled-word]"));
  expect(hints).toEqual([
    "提示 文字材料!B4 [text.doubled-word] “内容”中“继续继续”“做好做好”重复了，总结会照原样写出；如是笔误，请改为“继续”“做好”。",
    "提示 文字材料!B5 [text.doubled-word] “内容”中“的的”重复了，总结会照原样写出；如是笔误，请改为“的”。",
  ]);
});

it("D11: reduplication is no slip; a word typed twice is", () => {
  for (const fine of ["常常", "人人参与", "天天巡查", "家家户户", "看看", "轻轻", "渐渐", "试试", "扎扎实实", "认认真真", "一步一步", "一点一点", "研究研究", "的的确确", "实现目的的手段", "现在在社区", "以及及时整改", "当地地方特色", "等等"]) {
    expect([fine, doubledInText(fine)]).toEqual([fine, []]);
  }
  expect(doubledInText("继续继续做好做好工作。")).toEqual([["继续继续", "继续"], ["做好做好", "做好"]]);
  expect(doubledInText("文明的的城市，我们也也要")).toEqual([["的的", "的"], ["也也", "也"]]);
  expect(doubledInText("加强宣传宣传宣传")).toEqual([["宣传宣传", "宣传"]]);
});

const wangjiang = (activities: Record<string, SeedValue>[], type = "社区", name = "望江社区居委会"): Parameters<typeof workbookFile>[0] => ({
  profile: { 单位名称: name, 单位类型: type, 报告年度: 2025, 报告期: "上半年", 常住人口: "约12000" },
  ledgers: { 活动台账: activities },
});

it("D24: one activity with more participants than the 辖区's 常住人口 is a 提示", async () => {
  const file = await workbookFile(wangjiang([
    { 日期: "2025-05-18", 活动名称: "第三届邻里节", 活动类型: "文体活动", 参与数量: "1.5万", 单位: "人次" },
    { 日期: "2025-05-20", 活动名称: "广场舞展演", 活动类型: "文体活动", 参与数量: 13000, 单位: "人" },
    { 日期: "2025-05-21", 活动名称: "文明交通宣传月", 活动类型: "宣传教育", 参与数量: 30000, 单位: "人次" },
    { 日期: "2025-05-22", 活动名称: "垃圾分类宣传", 活动类型: "宣传教育", 参与数量: 11000, 单位: "人次" },
  ]));
  const hints = (await cli("check", file)).out.split("\n").filter((l) => l.includes("[activity.turnout-over-population]"));
  expect(hints).toEqual([
    "提示 活动台账!D3 [activity.turnout-over-population] “第三届邻里节”的“参与数量”为15000人次，多于常住人口约12000人，一场活动的参与人次超过辖区全部居民，请核对；如确有辖区外群众参加，可不改。总结会照此写出。",
    "提示 活动台账!D4 [activity.turnout-over-population] “广场舞展演”的“参与数量”为13000人，多于常住人口约12000人，一场活动的参加人数超过辖区全部居民，请核对；如确有辖区外群众参加，可不改。总结会照此写出。",
  ]);
});

it("D24: a bureau's 常住人口 is its staff: its public events are never told against it", async () => {
  const file = await workbookFile(wangjiang([{ 日期: "2025-05-18", 活动名称: "文明交通宣传", 活动类型: "宣传教育", 参与数量: 15000, 单位: "人次" }], "机关部门", "某某区交通运输局"));
  expect((await cli("check", file)).out).not.toContain("turnout-over-population");
});

const honour = (name: string, type: string, guide: string | undefined, title: string): Parameters<typeof summaryTextOf>[0] => ({
  profile: { 单位名称: name, 单位类型: type, 报告年度: 2025, 报告期: "上半年", ...(guide ? { 上级指导单位: guide } : {}) },
  ledgers: { 先进典型: [{ 荣誉名称: title, 级别: "县/区", 人数: 2 }] },
});

it("D13: a 县/区 honour is 县级 or 区级 only as a name says; under a 镇 a 村 is in a 县 (县级: new-user test 35, D6)", async () => {
  expect(await summaryTextOf(honour("柳塘村村民委员会", "村", "青山镇人民政府", "好媳妇"))).toContain("2人获评县级“好媳妇”");
  expect(await summaryTextOf(honour("城关镇卫生院", "企事业单位", "县卫生健康局", "最美医生"))).toContain("2人获评县级“最美医生”");
  expect(await summaryTextOf(honour("望江社区居委会", "社区", "东湖区城南街道办事处", "最美家庭成员"))).toContain("2人获评区级“最美家庭成员”");
  expect(await summaryTextOf(honour("东湖区人民医院", "企事业单位", undefined, "最美医生"))).toContain("2人获评区级“最美医生”");
  expect(await summaryTextOf(honour("江城县柳塘村村民委员会", "村", "青山镇人民政府", "好媳妇"))).toContain("2人获评县级“好媳妇”");
});
