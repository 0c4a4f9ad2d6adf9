/**
 * What the third new-user test found in the figures (docs/new-user-test-pane-3.md): a row that
 * rectified more than it found reached some totals and not others, and 开始下一期 kept it in 上期指标.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook, documentText, findRenamedSheets, standardV1, summarize, summaryLeftOut } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";

const dir = mkdtempSync(join(tmpdir(), "nu3-"));
const content = {
  profile: { 单位名称: "幸福里社区居委会", 单位类型: "社区", 报告年度: 2023, 报告期: "上半年" },
  ledgers: {
    问题整改: [
      { 问题类别: "占道经营", 发现数: 36, 已整改数: 36, 单位: "处" },
      // 已整改数 60 > 发现数 58: an error (rect.exceeds-found).
      { 问题类别: "乱张贴", 发现数: 58, 已整改数: 60, 单位: "处" },
      { 问题类别: "卫生死角", 发现数: 24, 已整改数: 24, 单位: "处" },
    ],
  },
};


it("D3: the opening's total and the section agree when a row rectified more than it found (the row is in neither)", async () => {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  expect(analysis.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toContain("问题整改!C4 rect.exceeds-found");
  const text = documentText(summarize(analysis, standardV1, { includeNames: false, today: 45500 }).document);
  expect(text).toContain("整改各类问题60处");
  expect(text).not.toContain("120处");
  expect(analysis.facts.rectification.rate?.value).toBe(100);
});

it("D7: `next` refuses a workbook with errors (exit 1, naming the cells) unless --force; 上期指标 never holds a rate above 100 %", async () => {
  const input = join(dir, "with-errors.xlsx");
  writeFileSync(input, await writeWorkbook(standardV1, content));
  const output = join(dir, "next.xlsx");
  const refused = await cli("next", input, "-o", output);
  expect(refused.code).toBe(1);
  expect(refused.err).toContain("本台账有1个错误（问题整改!C4），开始下一期会把有错的数字存入“上期指标”");
  expect(refused.err).toContain("可加 --force");
  expect(existsSync(output)).toBe(false);
  const forced = await cli("next", input, "-o", output, "--force");
  expect(forced.code).toBe(0);
  const previous = (await readWorkbook(readFileSync(output))).sheets.find((g) => g.name === "上期指标")!;
  const rate = previous.values.find((r) => r[0] === "总整改率");
  expect(rate?.[1]).toBe(100);
});

it("D1: a phone number and a contact typed into an activity name are warned about and never printed", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
    profile: { 单位名称: "幸福里社区居委会", 单位类型: "社区", 报告年度: 2023, 报告期: "上半年" },
    ledgers: { 活动台账: [{ 日期: "2023-03-05", 活动名称: "联系人王五13800001111到场", 活动类型: "道德讲堂", 参与数量: 30, 单位: "人" }, { 日期: "2023-04-05", 活动名称: "身边好人讲故事", 活动类型: "道德讲堂", 参与数量: 40, 单位: "人" }] },
  }));
  const analysis = analyzeWorkbook(snapshot, standardV1);
  expect(analysis.findings.filter((f) => f.rule === "value.personal").map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual(["活动台账!B3 “活动名称”中有电话号码、身份证号或联系人，总结不会写出这一部分；个人信息请不要填在这一列。"]);
  const text = documentText(summarize(analysis, standardV1, { includeNames: false, today: 45500 }).document);
  expect(text).not.toMatch(/1380000|王五|联系人/u);
  expect(text).toContain("身边好人讲故事");
});

it("D4: a hand-made 基本情况 sheet without its 项目 | 内容 header is the renamed 基本信息, and its values are read", async () => {
  const analysis = analyzeWorkbook(await readWorkbook(readFileSync(join(__dirname, "fixtures/handmade-profile-no-header.xlsx"))), standardV1);
  expect(analysis.findings.filter((f) => f.sheet === "基本信息").map((f) => f.rule)).toEqual(["sheet.renamed"]);
  // Until it is renamed the year is unknown, and a date without a year says why.
  expect(analysis.findings.find((f) => f.rule === "value.not-date")?.message).toBe("“日期”“4月8日”没有年份，而基本信息的“报告年度”未填（或无法识别），推算不出年份：请填好报告年度，或写全日期。");
  const renamed = await readWorkbook(readFileSync(join(__dirname, "fixtures/handmade-profile-no-header.xlsx")));
  const asForm = { ...renamed, sheets: renamed.sheets.map((g) => (g.name === "基本情况" ? { ...g, name: "基本信息" } : g)) };
  const read = analyzeWorkbook(asForm, standardV1);
  expect([read.facts.profile.unitName, read.facts.profile.unitType, read.facts.profile.year]).toEqual(["城东社区居委会", "社区", 2024]);
  expect(read.findings.filter((f) => f.rule === "value.not-date")).toEqual([]);
});

it("new-user test 4, D3: a summary made despite the error says no 均已整改到位 and no rate, and the row left out is named", async () => {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  const text = documentText(summarize(analysis, standardV1, { includeNames: false, today: 45500 }).document);
  expect(text).not.toContain("均已整改到位");
  expect(text).not.toContain("整改率为100%");
  expect(summaryLeftOut(analysis)).toEqual(["问题整改第4行（已整改数大于发现数）未写入总结"]);
  const input = join(dir, "forced.xlsx");
  writeFileSync(input, await writeWorkbook(standardV1, content));
  const forced = await cli("summarize", input, "--text", "-", "--force");
  expect(forced.err).toContain("（问题整改第4行（已整改数大于发现数）未写入总结）");
});

it("new-user test 4, D6: upgrade of a 项目/值 sheet without header never fails (row 1: no table, said; an empty row above: the header is written)", async () => {
  const out = join(dir, "up-row1.xlsx");
  const r = await cli("upgrade", join(__dirname, "fixtures/profile-no-header-row1.xlsx"), "-o", out);
  expect(r.err).toContain("“基本信息”的项目上方没有空行可写表头“项目 | 内容”，未建立表格");
  expect(r.err).not.toContain("Table must be");
  const up = analyzeWorkbook(await readWorkbook(readFileSync(out)), standardV1);
  expect([up.facts.profile.unitName, up.facts.profile.year]).toEqual(["春风社区居委会", 2024]);
  // With an empty row above the items, the header goes there and the table is built.
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("单位情况");
  [["单位名称", "春风社区居委会"], ["单位类型", "社区"], ["报告年度", 2024], ["报告期", "上半年"]].forEach((row, i) => ws.getRow(i + 3).values = row);
  const spaced = join(dir, "spaced.xlsx");
  writeFileSync(spaced, Buffer.from(await book.xlsx.writeBuffer()));
  const r2 = await cli("upgrade", spaced, "-o", join(dir, "up-spaced.xlsx"));
  expect(r2.out).toContain("“基本信息”第2行补上表头“项目 | 内容”");
  const grid = (await readWorkbook(readFileSync(join(dir, "up-spaced.xlsx")))).sheets.find((g) => g.name === "基本信息")!;
  expect(grid.tables.map((t) => t.name)).toEqual(["tbl_Profile"]);
  expect(analyzeWorkbook(await readWorkbook(readFileSync(join(dir, "up-spaced.xlsx"))), standardV1).findings.filter((f) => f.sheet === "基本信息" && f.rule === "table.missing")).toEqual([]);
});

it("new-user test 4, D1: 导入已有台账 takes the unit's own 项目/值 sheet as 基本信息 (the full name, 常住人口), before any title", async () => {
  const out = join(dir, "imported.xlsx");
  const r = await cli("import", join(__dirname, "fixtures/import-handmade-profile.xlsx"), "-o", out, "--json");
  const json = JSON.parse(r.out) as { proposal: { profile: { item: string; value?: unknown; source?: string; cell?: string }[] } };
  expect(json.proposal.profile.find((p) => p.item === "单位名称")).toEqual({ item: "单位名称", value: "春风社区居委会", source: "sheet", cell: "单位情况!B1" });
  const analysis = analyzeWorkbook(await readWorkbook(readFileSync(out)), standardV1);
  expect(analysis.facts.profile.unitName).toBe("春风社区居委会");
  expect(analysis.facts.profile.population?.value).toBe(6200);
});

it("new-user test 4, D12: with names switched on, a phone or ID number typed in 姓名 is never printed, and check warns", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
    profile: { 单位名称: "幸福里社区居委会", 单位类型: "社区", 报告年度: 2023, 报告期: "上半年" },
    ledgers: { 先进典型: [{ 荣誉名称: "楼栋好人", 级别: "楼栋/小区", 人数: 2, 姓名: "张三（13912345678）、李四" }, { 荣誉名称: "社区好人", 级别: "社区/村", 人数: 2, 姓名: "王五 身份证110105198001011234" }] },
  }));
  const analysis = analyzeWorkbook(snapshot, standardV1);
  expect(analysis.findings.filter((f) => f.rule === "value.personal").map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([
    "先进典型!E3 “姓名”中有电话号码、身份证号或联系人，总结不会写出这一部分；这一列请只填姓名，不要填电话号码或证件号。",
    "先进典型!E4 “姓名”中有电话号码、身份证号或联系人，总结不会写出这一部分；这一列请只填姓名，不要填电话号码或证件号。",
  ]);
  const text = documentText(summarize(analysis, standardV1, { includeNames: true, today: 45500 }).document);
  expect(text).not.toMatch(/1391234|110105|身份证/u);
  expect(text).toContain("张三、李四");
  expect(text).toContain("王五");
});

it("new-user test 4, D16: more registered volunteers than residents is a warning, and no 注册率 above 100 % is printed", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
    profile: { 单位名称: "幸福里社区居委会", 单位类型: "社区", 报告年度: 2023, 报告期: "上半年", 常住人口: 1000 },
    ledgers: { 志愿服务: [{ 队伍名称: "党员先锋队", 队伍类型: "党员志愿者", 注册人数: 600 }, { 队伍名称: "青年队", 队伍类型: "青年志愿者", 注册人数: 447 }] },
  }));
  const analysis = analyzeWorkbook(snapshot, standardV1);
  expect(analysis.findings.filter((f) => f.rule === "profile.members-over-population").map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([
    "基本信息!B12 志愿服务各队注册人数合计1047人，多于常住人口1000人，其中必有一个数字有误；总结中不写志愿者注册率。请核对。",
  ]);
  const text = documentText(summarize(analysis, standardV1, { includeNames: false, today: 45500 }).document);
  expect(text).not.toContain("注册率");
  expect(text).toContain("1047人");
});

it("new-user test 4, D7: the repair report names the user's own sheets that look like ledgers it leaves aside", async () => {
  const r = await cli("upgrade", join(__dirname, "fixtures/import-handmade-profile.xlsx"), "-o", join(dir, "up-handmade.xlsx"));
  expect(r.out).toContain("工作表“宣传”像是本单位自己的宣传投放台账：生成或修复标准表不会动它，其中的数据也不会写入总结；可用“导入已有台账”把它导入标准台账。");
  // In a workbook that is no standard ledger, sheets with a title, a 合计 row or a 填表人 line are the office's own
  // tables: listed for 导入, never renamed (new-user test 12, D13; before it, 活动记录 and 整改 were renamed).
  expect(r.out).toContain("工作表“活动记录”像是本单位自己的活动台账");
  expect(r.out).toContain("工作表“整改”像是本单位自己的问题整改台账");
  expect(r.out).not.toMatch(/改回标准名称“(?:活动台账|问题整改)”/u);
  // The Excel pane (the strict fake) says the same after 生成或修复标准表.
  const { createFakeExcel, modelFromSnapshot } = await import("../src/adapters/excel/fake");
  const { ALL_FEATURES } = await import("../src/adapters/excel/types");
  const { createOps } = await import("../src/taskpane/operations");
  const fake = createFakeExcel({ model: modelFromSnapshot(await readWorkbook(new Uint8Array(readFileSync(join(__dirname, "fixtures/import-handmade-profile.xlsx"))))) });
  const report = await createOps(fake.run, ALL_FEATURES).impose();
  const cliLines = r.out.split("\n").map((l) => l.trim()).filter((l) => l.includes("像是本单位自己的"));
  expect(report.lookalikes).toEqual(cliLines);
  expect(cliLines.length).toBeGreaterThan(0);
});

it("new-user test 4, D2/D5: a day's name is no action (开展“植树节义务植树”活动), a festival's activity is not labelled 我们的节日活动", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
    profile: { 单位名称: "春风社区居委会", 单位类型: "社区", 报告年度: 2024, 报告期: "上半年" },
    ledgers: { 活动台账: [
      { 日期: "2024-03-12", 活动名称: "植树节义务植树", 活动类型: "环境整治", 地点: "河滨公园", 参与数量: 50, 单位: "人" },
      { 日期: "2024-04-04", 活动名称: "清明节文明祭扫宣传", 活动类型: "我们的节日", 地点: "社区" },
    ] },
  }));
  const text = documentText(summarize(analyzeWorkbook(snapshot, standardV1), standardV1, { includeNames: false, today: 45500 }).document);
  expect(text).toContain("在河滨公园开展“植树节义务植树”");
  expect(text).not.toContain("我们的节日活动");
  expect(text).toContain("“清明节文明祭扫宣传”活动");
});

it("new-user test 4, D13: the personal part is cut out of a phrase where that leaves a sentence, never leaving a stub", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
    profile: { 单位名称: "春风社区居委会", 单位类型: "社区", 报告年度: 2024, 报告期: "上半年" },
    ledgers: { 组织保障: [
      { 事项类型: "领导小组", 名称或内容: "以党工委书记陈明（13600002222）为组长的创建工作领导小组", 数量: 1, 单位: "个", 日期: "2024-01-10" },
      { 事项类型: "工作会议", 名称或内容: "联系人王五13800001111", 日期: "2024-02-10" },
    ] },
  }));
  const text = documentText(summarize(analyzeWorkbook(snapshot, standardV1), standardV1, { includeNames: false, today: 45500 }).document);
  expect(text).toContain("1月10日成立以党工委书记为组长的创建工作领导小组");
  expect(text).not.toMatch(/陈明|王五|1360000|1380000|联系人/u);
  expect(text).not.toContain("成立。");
});

it("new-user test 5, D1: a renamed sheet is given the standard name it fits best, not the first it fits (宣传 → 宣传投放, not 组织保障)", () => {
  const grid = (name: string, headers: string[], row: (string | number)[]) => ({ name, originRow: 1, originCol: 1, values: [headers, row], tables: [] });
  const snapshot = { sheets: [
    grid("宣传", ["类型", "位置或内容", "数量", "单位", "投入金额（元）", "日期"], ["公益广告", "主干道", 20, "块", 4000, "2024-04-01"]),
    grid("问题", ["问题类别", "发现数", "已整改数", "责任单位"], ["乱张贴", 40, 38, "物业"]),
  ] };
  expect(findRenamedSheets(snapshot, standardV1).map((r) => [r.name, r.spec.sheet])).toEqual([["宣传", "宣传投放"], ["问题", "问题整改"]]);
});

it("new-user test 5, D2: a summary made despite errors names every ledger row with an error, not only the over-rectified one", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
    ...content,
    ledgers: { ...content.ledgers, 宣传投放: [{ 类型: "宣传展板", 位置或内容: "小区出入口", 数量: 15, 单位: "块" }] },
  }));
  expect(summaryLeftOut(analyzeWorkbook(snapshot, standardV1))).toEqual([
    "问题整改第4行（已整改数大于发现数）未写入总结",
    "宣传投放第3行有错误（A3），其数字可能未写入总结",
  ]);
});

it("new-user test 5, D5: 生成或修复标准表 of a 项目/值 sheet in Excel keeps 值 as the content (no 内容 column), as `upgrade` does", async () => {
  const { createFakeExcel, modelFromSnapshot } = await import("../src/adapters/excel/fake");
  const { ALL_FEATURES } = await import("../src/adapters/excel/types");
  const { createOps } = await import("../src/taskpane/operations");
  const file = join(__dirname, "..", "docs", "new-user-test-5-files", "B-handmade.xlsx");
  const upgraded = join(dir, "B-upgraded.xlsx");
  expect((await cli("upgrade", file, "-o", upgraded)).code).toBe(0);
  const key = (f: { severity: string; sheet: string; cell?: string; message: string }): string => `${f.severity}|${f.sheet}|${f.cell ?? ""}|${f.message}`;
  const viaCli = (JSON.parse((await cli("check", upgraded, "--json")).out) as { findings: { severity: string; sheet: string; cell?: string; message: string }[] }).findings.map(key).sort();

  const fake = createFakeExcel({ model: modelFromSnapshot(await readWorkbook(new Uint8Array(readFileSync(file)))) });
  const ops = createOps(fake.run, ALL_FEATURES);
  const report = await ops.impose();
  const profile = report.sheets.find((s) => s.sheet === "基本信息");
  expect(profile?.added).not.toContain("内容");
  const viaExcel = (await ops.analyze()).findings.map(key).sort();
  expect(viaExcel.filter((k) => k.includes("|基本信息|"))).toEqual(viaCli.filter((k) => k.includes("|基本信息|")));
  expect(viaExcel.length).toBe(viaCli.length);
});

it.each([
  ["an empty row above the items: 项目 | 内容 is written there and the table made", 2, "formHeaderAdded"],
  ["the items from row 1: no table, said, nothing changed", 1, "formHeaderBlocked"],
] as const)("new-user test 5, D5: 基本信息 typed without its header, %s (Excel as the CLI)", async (_label, first, outcome) => {
  const { createFakeExcel, modelFromSnapshot } = await import("../src/adapters/excel/fake");
  const { ALL_FEATURES } = await import("../src/adapters/excel/types");
  const { createOps } = await import("../src/taskpane/operations");
  const items = [["单位名称", "光华社区居委会"], ["单位类型", "社区"], ["报告年度", 2024], ["报告期", "上半年"]];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("基本信息");
  items.forEach((row, i) => (ws.getRow(first + i).values = row));
  const file = join(dir, `headerless-${first}.xlsx`);
  await wb.xlsx.writeFile(file);
  const upgraded = join(dir, `headerless-${first}-up.xlsx`);
  const up = await cli("upgrade", file, "-o", upgraded);
  const key = (f: { severity: string; sheet: string; cell?: string; message: string }): string => `${f.severity}|${f.sheet}|${f.cell ?? ""}|${f.message}`;
  const viaCli = (JSON.parse((await cli("check", upgraded, "--json")).out) as { findings: { severity: string; sheet: string; cell?: string; message: string }[] }).findings.map(key).filter((k) => k.includes("|基本信息|")).sort();

  const fake = createFakeExcel({ model: modelFromSnapshot(await readWorkbook(new Uint8Array(readFileSync(file)))) });
  const ops = createOps(fake.run, ALL_FEATURES);
  const profile = (await ops.impose()).sheets.find((s) => s.sheet === "基本信息");
  const viaExcel = (await ops.analyze()).findings.map(key).filter((k) => k.includes("|基本信息|")).sort();
  expect(viaExcel).toEqual(viaCli);
  if (outcome === "formHeaderAdded") {
    expect(up.out).toContain("“基本信息”第1行补上表头“项目 | 内容”");
    expect(profile?.formHeaderAdded).toBe(1);
    expect(profile?.added).not.toContain("内容");
    expect(fake.model.tables.find((t) => t.name === "tbl_Profile")?.bounds).toMatchObject({ top: 1, left: 1, right: 2 });
  } else {
    expect(up.err).toContain("“基本信息”的项目上方没有空行可写表头");
    expect(profile).toMatchObject({ skipped: true, formHeaderBlocked: true, added: [] });
  }
});

it("new-user test 5, D6: of two differing copies of a unit, `rollup` uses the newer file and says so, whatever their names", async () => {
  const { mkdirSync, utimesSync } = await import("node:fs");
  const folder = join(dir, "rollup-d6");
  mkdirSync(folder, { recursive: true });
  const heping = { profile: { 单位名称: "和平社区居委会", 单位类型: "社区", 报告年度: 2023, 报告期: "上半年" }, ledgers: { 活动台账: [{ 日期: "2023-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务" }] } };
  const corrected = { ...heping, ledgers: { 活动台账: [...heping.ledgers.活动台账, { 日期: "2023-05-04", 活动名称: "青年节座谈", 活动类型: "其他" }] } };
  // The correction is named so that it sorts first, and is the newer file.
  writeFileSync(join(folder, "a-heping.xlsx"), await writeWorkbook(standardV1, corrected));
  writeFileSync(join(folder, "b-heping.xlsx"), await writeWorkbook(standardV1, heping));
  utimesSync(join(folder, "b-heping.xlsx"), new Date("2023-07-01T08:00:00Z"), new Date("2023-07-01T08:00:00Z"));
  utimesSync(join(folder, "a-heping.xlsx"), new Date("2023-07-03T08:00:00Z"), new Date("2023-07-03T08:00:00Z"));
  const r = await cli("rollup", "--dir", folder, "-o", join(dir, "d6-out.xlsx"), "--unit", "城南街道办事处");
  expect(r.out).toContain("和平社区居委会（b-heping.xlsx）与a-heping.xlsx的单位名称和报告期相同，属重复报送，未汇总。两份内容不同，汇总采用的是a-heping.xlsx（文件较新）；如应采用b-heping.xlsx，请去掉a-heping.xlsx后重新汇总。");
  // Made older, the same file is no longer used.
  utimesSync(join(folder, "a-heping.xlsx"), new Date("2023-06-30T08:00:00Z"), new Date("2023-06-30T08:00:00Z"));
  const again = await cli("rollup", "--dir", folder, "-o", join(dir, "d6-out2.xlsx"), "--unit", "城南街道办事处");
  expect(again.out).toContain("和平社区居委会（a-heping.xlsx）与b-heping.xlsx的单位名称和报告期相同，属重复报送，未汇总。两份内容不同，汇总采用的是b-heping.xlsx（文件较新）");
});

it("new-user test 5, D8/D10: import says an explicit 问题类别 is not in the list (not 看不出类别); check of an .xls points to import", async () => {
  const files = join(__dirname, "..", "docs", "new-user-test-5-files");
  const r = await cli("import", join(files, "C-adhoc.xlsx"), "-o", join(dir, "c-import.xlsx"), "--unit", "东风社区居委会", "--type", "社区", "--year", "2024", "--period", "上半年");
  expect(r.out + r.err).toContain("问题整改!A7 问题类别＝其他：“乱停乱放”不在问题类别的可选项中，归为其他（原文记入备注）");
  const xls = await cli("check", join(files, "D-old.xls"));
  expect([xls.code, xls.err.trim()]).toEqual([2, "这是旧版 Excel 97-2003 (.xls) 文件，请在 Excel 中另存为 .xlsx 后再试；也可以用 campaign-ledger import 把它导入为标准台账"]);
});

it("new-user test 5, D4: a lone 道德讲堂 row in 人 among rows in 人次 is a 提示 (no total of participants can be said); the samples' habitual mixes are not", async () => {
  const r = await cli("check", join(__dirname, "..", "docs", "new-user-test-5-files", "A-mistakes.xlsx"), "--json");
  const mixed = (JSON.parse(r.out) as { findings: { rule: string; sheet: string; cell?: string; message: string }[] }).findings.filter((f) => f.rule === "activity.mixed-units");
  expect(mixed.map((f) => [f.sheet, f.cell, f.message])).toEqual([
    ["活动台账", "E8", "“道德讲堂”类活动的参与数量多数按“人次”计，这一行按“人”计，两者不能相加，总结中不写这类活动的参与总数；如计法相同，请统一单位。"],
  ]);
  const sample = await cli("check", join(__dirname, "..", "samples", "street-2023.xlsx"), "--json");
  expect(sample.out).not.toContain("activity.mixed-units");
});

it("new-user test 4, D5: one 道德讲堂 under a serial name keeps its turnout; teams typed 其他 are not listed as `其他4人`", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
    profile: { 单位名称: "明德社区居委会", 单位类型: "社区", 报告年度: 2024, 报告期: "上半年" },
    ledgers: {
      活动台账: [{ 日期: "2024-05-20", 活动名称: "道德讲堂第1期", 活动类型: "道德讲堂", 参与数量: 40, 单位: "人次", 地点: "文化家园" }],
      志愿服务: [
        { 队伍名称: "明德社区志愿服务队", 队伍类型: "其他", 注册人数: 4, "服务时长（小时）": 46 },
        { 队伍名称: "巾帼志愿服务队", 队伍类型: "巾帼志愿者", 注册人数: 2, "服务时长（小时）": 29 },
      ],
    },
  }));
  const text = documentText(summarize(analyzeWorkbook(snapshot, standardV1), standardV1, { includeNames: false, today: 45500 }).document);
  expect(text).toContain("开展1期道德讲堂，参与40人次。");
  expect(text).toContain("注册志愿者6人，其中巾帼志愿者2人；");
  expect(text).not.toContain("其他4人");
});
