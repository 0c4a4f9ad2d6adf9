/** @jest-environment node */
/**
 * New-user test 58 (docs/new-user-test-pane-58.md), D2, D14, D16 and D18a: a railway station's own 春运 sheet imported,
 * and a phone number typed with spaces.
 * D2: the sheet (title `青山火车站2025年春运文明创建工作台账`, `时间：2025年1月14日—2月22日`) was imported as 第一季度 (guessed
 *   from the dates); with `--period 专项` neither 起止日期 nor 专项名称 was filled, and the summary opened
 *   `2025年1月1日至12月31日` — a whole year for a 40-day campaign.
 * D14 / D18a: `春运总结会` was imported as 其他 and told under `四、开展结对帮扶`; the name `爱心服务台为重点旅客提供帮扶` (a
 *   sentence) was printed in quotes; the headings spoke of 职工 where the people served are 旅客.
 * D16: `check` gave no 提示 for `队长张伟 138 0000 1111 有事找他` (a mobile typed with spaces).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { activityKindByWords } from "../src/core/catalog/classify";
import { importLedgers, importReport } from "../src/core/import";
import type { CellValue, SheetGrid } from "../src/core/grid/types";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(90000);

/** The findings of `content` of one rule as `sheet!cell message`. */
async function findingsOf(content: WorkbookContent, rule: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);
}

/** The station's own sheet as the tester typed it (docs/new-user-test-58-files/e_station.js), activity table only. */
const station: SheetGrid = {
  name: "春运台账", originRow: 1, originCol: 1, tables: [], merges: ["A1:F1", "A2:F2"],
  values: [
    ["青山火车站2025年春运文明创建工作台账"],
    ["填报单位：青山火车站（盖章）        时间：2025年1月14日—2月22日"],
    ["序号", "日期", "工作内容", "参与人数", "地点", "备注"],
    [1, "2025.1.14", "春运启动仪式暨文明出行宣传", "８０", "站前广场", "站长讲话"],
    [2, "1月20日", "爱心服务台为重点旅客提供帮扶", "三十余", "候车室", "帮扶老弱病残孕旅客200余人次"],
    [3, "2025年1月25日", "“温暖回家路”志愿服务", "45人", "进站口", "大学生志愿者"],
    [4, "2025.1.28", "除夕夜站内送饺子", "20", "候车室", ""],
    [5, "2月12日", "元宵节猜灯谜", "百余", "候车室", ""],
    [6, "2025.2.22", "春运总结会", "25", "会议室", ""],
  ] as readonly (readonly CellValue[])[],
};
const imported = (options: Parameters<typeof importLedgers>[1]): ReturnType<typeof importLedgers> =>
  importLedgers([{ label: "e-青山火车站春运台账.xlsx", snapshot: { sheets: [station] } }], options);

describe("D2: the 专项 of an imported sheet is the sheet's own span and name", () => {
  it("guesses 报告期 专项, 起止日期 from the `时间：` line and 专项名称 春运 from the title, and says so", () => {
    const run = imported({ unitType: "企事业单位" });
    const profile = run.result.content.profile as Record<string, unknown>;
    expect([profile["报告期"], profile["起始日期"], profile["截止日期"], profile["专项名称"]]).toEqual(["专项", { date: "2025-01-14" }, { date: "2025-02-22" }, "春运"]);
    const report = importReport(run);
    expect(report.filter((l) => /基本信息!B(?:9|10|11|17) /u.test(l))).toEqual([
      "  基本信息!B9 报告期＝专项：标题中的“春运”，时间为2025年1月14日至2月22日（不足三个月），按专项工作推断（依据 春运台账!A1）",
      "  基本信息!B10 起始日期＝2025年1月14日：按标题中的时间（春运台账!A2）填写",
      "  基本信息!B11 截止日期＝2025年2月22日：按标题中的时间（春运台账!A2）填写",
      "  基本信息!B17 专项名称＝春运：按标题中的“春运”填写",
    ]);
  });

  it("with --period 专项 fills 起止日期 and 专项名称 from the sheet too", () => {
    const profile = imported({ unitType: "企事业单位", period: "专项" }).result.content.profile as Record<string, unknown>;
    expect([profile["报告期"], profile["起始日期"], profile["截止日期"], profile["专项名称"]]).toEqual(["专项", { date: "2025-01-14" }, { date: "2025-02-22" }, "春运"]);
  });

  it("a period the options give is kept; a quarter's title names no 专项", () => {
    const profile = imported({ unitType: "企事业单位", period: "第一季度" }).result.content.profile as Record<string, unknown>;
    expect([profile["报告期"], profile["起始日期"], profile["专项名称"]]).toEqual(["第一季度", undefined, undefined]);
  });

  it("a 专项 without 起止日期 is never told as the whole year, and check says what the summary writes", async () => {
    const content: WorkbookContent = {
      profile: { 单位名称: "青山火车站", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "专项", 专项名称: "春运" },
      ledgers: { 活动台账: [{ 日期: "2025-01-25", 活动名称: "“温暖回家路”志愿服务", 活动类型: "志愿服务", 参与数量: 45, 单位: "人", 地点: "进站口" }] },
    };
    const text = await summaryTextOf(content);
    expect(text).not.toContain("1月1日至12月31日");
    expect(text).not.toContain("12月31日");
    expect(text.split("\n").find((l) => l.includes("现将有关情况"))).toMatch(/^\u3000\u30002025年春运期间，青山火车站开展/u);
    expect(await findingsOf(content, "profile.special-dates")).toEqual([
      "基本信息!B9 报告期为“专项”，还要填写起始日期和截止日期；未填写时总结只写“2025年春运期间”，不写起止日期。请在基本信息中补填专项行动的起止日期。",
    ]);
  });
});

describe("D14 / D18a: a meeting is a meeting; a station speaks of its 旅客", () => {
  it("a name ending in a meeting's word is 会议培训", () => {
    for (const name of ["春运总结会", "创文推进会", "工作部署会", "志愿者座谈会", "文明礼仪培训会"]) expect([name, activityKindByWords(standardV1, name)]).toEqual([name, "会议培训"]);
    expect(activityKindByWords(standardV1, "职工运动会")).toBe("文体活动");
    expect(activityKindByWords(standardV1, "职工联欢会")).toBe("文体活动");
  });

  it("import classes `春运总结会` as 会议培训", () => {
    expect(importReport(imported({ unitType: "企事业单位" })).filter((l) => l.includes("春运总结会"))).toEqual(["  活动台账!C8 活动类型＝会议培训：按“春运总结会”归为会议培训"]);
  });

  it("the summary tells the meeting under 组织领导, the 爱心服务台 as work under a heading of service, 旅客 in the headings", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青山火车站", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-01-14", 截止日期: "2025-02-22", 专项名称: "春运" },
      ledgers: {
        宣传投放: [{ 类型: "横幅", 位置或内容: "文明出行横幅", 数量: 20, 单位: "条", "投入金额（元）": 1200 }],
        活动台账: [
          { 日期: "2025-01-14", 活动名称: "春运启动仪式暨文明出行宣传", 活动类型: "宣传教育", 参与数量: 80, 单位: "人", 地点: "站前广场" },
          { 日期: "2025-01-20", 活动名称: "爱心服务台为重点旅客提供帮扶", 活动类型: "关爱帮扶", 参与数量: "三十余", 单位: "人", 地点: "候车室", 备注: "帮扶老弱病残孕旅客200余人次" },
          { 日期: "2025-01-25", 活动名称: "“温暖回家路”志愿服务", 活动类型: "志愿服务", 参与数量: 45, 单位: "人", 地点: "进站口", 备注: "大学生志愿者" },
          { 日期: "2025-02-22", 活动名称: "春运总结会", 活动类型: "会议培训", 参与数量: 25, 单位: "人", 地点: "会议室" },
        ],
      },
    });
    // A closing meeting alone is no 组织领导 section: told in the opening (review run 31, 材料3 item 1; jc D6).
    expect(text.split("\n")[2]).toMatch(/。2月22日在会议室召开春运总结会，25人参加。现将有关情况总结如下。$/u);
    const body = text.split("\n").slice(3, 9);
    expect(body).toEqual([
      "一、倡导文明出行，营造创建氛围",
      "\u3000\u3000一是氛围营造。悬挂横幅20条。",
      "\u3000\u3000二是主题活动。1月14日在站前广场开展“春运启动仪式暨文明出行宣传”活动，参与80人。",
      "二、深化志愿服务，温暖旅客出行",
      "\u3000\u30001月25日在进站口开展“温暖回家路”志愿服务活动，45名大学生志愿者参加。",
      "三、做好爱心服务，关爱重点旅客",
    ]);
    expect(text).toContain("\u3000\u30001月20日在候车室爱心服务台为重点旅客提供帮扶，参与30余人，帮扶老弱病残孕旅客200余人次。\n");
  });
});

it("D16: check tells a mobile typed with spaces in a 备注, as it tells one without", async () => {
  const findings = await findingsOf({
    profile: { 单位名称: "青山职业技术学院", 单位类型: "学校", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      志愿服务: [
        { 队伍名称: "大学生志愿服务队", 队伍类型: "青年志愿者", 注册人数: 120, 备注: "队长张伟 138 0000 1111 有事找他" },
        { 队伍名称: "青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 40, 备注: "联系13905718888" },
      ],
    },
  }, "value.personal");
  expect(findings.filter((f) => /!G[34] .*手机号码/u.test(f))).toHaveLength(2);
});
