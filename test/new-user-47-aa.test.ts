/** @jest-environment node */
/**
 * New-user test 47 (docs/new-user-test-pane-47.md), D11, D14 and D17, with the rest of 46 D18
 * (docs/new-user-test-pane-46.md) and a colleague's note on 商户.
 * D11: `import` copied 备注 naming people (`网格员小王（王磊）组织的`, `书法协会老李写的`, `胖姐带队`,
 *   `请了张阿姨讲她照顾婆婆的故事`) and `check` of the new workbook said nothing: 活动台账 备注 was read by no check.
 * D14: roll-up `区城管局成立了创建工作领导小组，区城管局分解创建任务3项。` (the unit named twice, 了).
 * 46 D18: roll-up `上半年，我镇以创文为抓手…。城关镇人民政府在县文明办的指导下，…` (two ways of naming the unit).
 * D17: an activity whose date is an error (`2025.4.31`, --force) was told after 端午 though the lead announced 清明 first.
 * 商户: `诚信商户 10` was counted `诚信商户10户`; businesses are counted in 家.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue, WorkbookContent } from "../src/adapters/xlsx/content";
import { honourMeasure } from "../src/core/catalog";
import { personalNameIn } from "../src/core/facts/remark";
import { importLedgers, importReport } from "../src/core/import";
import type { CellValue, SheetGrid } from "../src/core/grid/types";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(90000);

/** The findings of `content` of one rule as `sheet!cell message`. */
async function findingsOf(content: WorkbookContent, rule: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);
}

const jinjiang = { 单位名称: "锦江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "第一季度" } as const;

describe("D11: people named in an 活动台账 备注 are told by check, and by import", () => {
  it("reads the person in each 备注, never a verb before a form of address", () => {
    expect(personalNameIn("网格员小王（王磊）组织的")).toBe("小王");
    expect(personalNameIn("书法协会老李写的")).toBe("老李");
    expect(personalNameIn("胖姐带队")).toBe("胖姐");
    expect(personalNameIn("眼镜哥负责拍照")).toBe("眼镜哥");
    expect(personalNameIn("请了张阿姨讲她照顾婆婆的故事")).toBe("张阿姨");
    expect(personalNameIn("热闹得很")).toBeUndefined();
    expect(personalNameIn("大家积极性很高")).toBeUndefined();
    expect(personalNameIn("胖头鱼节活动")).toBeUndefined();
  });

  const rows = [
    { 日期: "2025-01-10", 活动名称: "迎新春环境大扫除", 活动类型: "环境整治", 参与数量: 45, 单位: "人", 备注: "网格员小王（王磊）组织的" },
    { 日期: "2025-01-22", 活动名称: "送春联进万家", 活动类型: "我们的节日", 参与数量: 200, 单位: "户", 备注: "书法协会老李写的" },
    { 日期: "2025-01-28", 活动名称: "除夕慰问独居老人", 活动类型: "关爱帮扶", 参与数量: 12, 单位: "户", 备注: "胖姐带队" },
    { 日期: "2025-02-20", 活动名称: "道德讲堂：孝老爱亲", 活动类型: "道德讲堂", 参与数量: 60, 单位: "人", 备注: "请了张阿姨讲她照顾婆婆的故事" },
    { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 80, 单位: "人次", 备注: "大家积极性很高" },
  ];

  it("check gives a 提示 at each 备注 that names a person, none at the others", async () => {
    const content: WorkbookContent = { profile: jinjiang, ledgers: { 活动台账: rows } };
    expect(await findingsOf(content, "value.personal")).toEqual([
      "活动台账!I3 “备注”中有个人姓名或称呼“小王”，总结不会写出这一部分；台账报送时请注意保护个人信息，如无必要请删去。",
      "活动台账!I4 “备注”中有个人姓名或称呼“老李”，总结不会写出这一部分；台账报送时请注意保护个人信息，如无必要请删去。",
      "活动台账!I5 “备注”中有个人姓名或称呼“胖姐”，总结不会写出这一部分；台账报送时请注意保护个人信息，如无必要请删去。",
      "活动台账!I6 “备注”中有个人姓名或称呼“张阿姨”，总结不会写出这一部分；台账报送时请注意保护个人信息，如无必要请删去。",
    ]);
    const text = await summaryTextOf(content);
    for (const who of ["小王", "王磊", "老李", "胖姐", "张阿姨"]) expect(text).not.toContain(who);
  });

  it("import tells each 备注 copied with a name, as it tells one with a phone", () => {
    const grid: SheetGrid = {
      name: "1月", originRow: 1, originCol: 1, tables: [], merges: [],
      values: [
        ["序号", "时间", "活动名称", "类别", "参加人数", "地点", "备注"],
        [1, "2025年1月10日", "迎新春环境大扫除", "环境整治", 45, "小区公共区域", "网格员小王（王磊）组织的"],
        [2, "2025年1月22日", "送春联进万家", "我们的节日", 200, "社区广场", "书法协会老李写的"],
        [3, "2025年3月5日", "学雷锋志愿服务", "志愿服务", 80, "各小区", "大家积极性很高"],
      ] as readonly (readonly CellValue[])[],
    };
    const report = importReport(importLedgers([{ label: "j.xlsx", snapshot: { sheets: [grid] } }], { unitName: "锦江社区居委会", unitType: "社区", year: 2025, period: "第一季度" }));
    const personal = report.filter((l) => l.includes("姓名"));
    expect(personal).toEqual([
      "  提示：1月!G2：含姓名或称呼，已照原样导入备注（原文件未改动）；姓名总结不会写出，如不需要保留，请在标准台账中删去。",
      "  提示：1月!G3：含姓名或称呼，已照原样导入备注（原文件未改动）；姓名总结不会写出，如不需要保留，请在标准台账中删去。",
    ]);
  });
});

it("商户: an honour of businesses is counted in 家", async () => {
  expect(honourMeasure("诚信商户")).toBe("家");
  expect(honourMeasure("星级文明户")).toBe("户");
  const text = await summaryTextOf({
    profile: { 单位名称: "万达广场", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 先进典型: [{ 荣誉名称: "诚信商户", 级别: "单位内部", 人数: 10 }, { 荣誉名称: "文明服务示范店", 级别: "单位内部", 人数: 5 }] },
  });
  expect(text).toContain("10家商户获评“诚信商户”，5家商户获评“文明服务示范店”。");
  expect(text).not.toMatch(/10户/u);
});

/** The roll-up (2025 上半年) of units `[profile, ledgers]` into `unit` of `type`, and the combined summary's text. */
async function rolledUp(unit: string, type: string, units: readonly (readonly [Record<string, SeedValue>, Ledgers])[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "nu47-aa-"));
  const files = await Promise.all(units.map(async ([profile, ledgers], i) => {
    const file = join(dir, `${i}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 报告年度: 2025, 报告期: "上半年", ...profile }, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  await cli("rollup", ...files, "-o", out, "--unit", unit, "--type", type);
  return (await cli("summarize", out, "-o", dir, "--text", "-")).out;
}

it("D14: the bureau that set up its group is named once, without 了", async () => {
  const text = await rolledUp("区城市管理局", "机关部门", [
    [{ 单位名称: "区城市管理局", 单位简称: "区城管局", 单位类型: "机关部门", 上级指导单位: "区文明办" }, {
      组织保障: [
        { 日期: "2025-01-10", 事项类型: "领导小组", 名称或内容: "局创文工作领导小组", 数量: 1, 单位: "个" },
        { 事项类型: "任务分解", 名称或内容: "创文任务分解到三个执法中队", 数量: 3, 单位: "项" },
      ],
      活动台账: [{ 日期: "2025-04-08", 活动名称: "城管执法“进社区”开放日", 活动类型: "宣传教育", 参与数量: 150, 单位: "人" }],
    }],
    [{ 单位名称: "区城市管理局第一执法中队", 单位类型: "机关部门" }, {
      问题整改: [{ 问题类别: "占道经营", 发现数: 120, 已整改数: 110, 单位: "处" }],
      活动台账: [{ 日期: "2025-05-10", 活动名称: "夜市整治", 活动类型: "环境整治", 参与数量: 30, 单位: "人" }],
    }],
  ]);
  expect(text).toContain("区城管局于1月10日成立创文工作领导小组，分解创建任务3项。");
  expect(text).not.toMatch(/成立了创建工作领导小组/u);
});

it("46 D18: a 导语 that says 我镇 names the unit so in the statement after it", async () => {
  const text = await rolledUp("城关镇人民政府", "乡镇", [
    [{ 单位名称: "城关镇人民政府", 单位类型: "乡镇", 上级指导单位: "县文明办" }, {
      文字材料: [{ 类型: "导语", 内容: "上半年，我镇以创文为抓手，着力提升群众文明素质。" }],
      活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 50, 单位: "人" }],
    }],
    [{ 单位名称: "东岭村", 单位类型: "村" }, {
      活动台账: [{ 日期: "2025-04-04", 活动名称: "清明文明祭扫", 活动类型: "我们的节日", 参与数量: 40, 单位: "人" }],
    }],
  ]);
  // New-user test 66, D9: the statement after a 导语 whose subject is the unit names it not again (never a second subject).
  expect(text).toContain("上半年，我镇以创文为抓手，着力提升群众文明素质。在县文明办的指导下，统筹");
  expect(text).not.toContain("。城关镇人民政府在县文明办的指导下");
});

it("D17: an activity whose date is an error is told in its festival's place (清明 before 端午)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nu47-aa-"));
  const file = join(dir, "q2.xlsx");
  writeFileSync(file, await writeWorkbook(standardV1, {
    profile: { 单位名称: "桃源村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: {
      活动台账: [
        { 日期: "2025.4.31", 活动名称: "清明文明祭扫倡议", 活动类型: "我们的节日", 参与数量: 100, 单位: "户" },
        { 日期: "2025-05-31", 活动名称: "“我们的节日·端午”包粽子", 活动类型: "我们的节日", 参与数量: 60, 单位: "人" },
      ],
    },
  }));
  const text = (await cli("summarize", file, "-o", dir, "--force", "--text", "-")).out;
  expect(text).toContain("围绕清明节和端午节，先后开展2场“我们的节日”主题活动：举办“清明文明祭扫倡议”活动，惠及100户；5月31日开展“我们的节日·端午”包粽子活动，参与60人。");
});
