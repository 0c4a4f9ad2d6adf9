/**
 * What the ninth new-user test found (docs/new-user-test-pane-9.md), each with its test.
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../src/adapters/xlsx/content";

async function textOf(profile: Record<string, SeedValue>, ledgers: Record<string, Record<string, SeedValue>[]>): Promise<string> {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile, ledgers }));
  return documentText(summarize(analyzeWorkbook(snapshot, standardV1), standardV1, { includeNames: false, today: 45900 }).document);
}

const BUREAU = { 单位名称: "江滨区卫生健康委员会", 单位简称: "区卫健委", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" };

it("D1: the unit itself as 主办或协办单位 (its 单位简称, 本单位) is no partner: never `联合区卫健委` in its own summary", async () => {
  const text = await textOf(BUREAU, {
    活动台账: [
      { 日期: "2025-03-05", 活动名称: "学雷锋义诊进社区", 活动类型: "志愿服务", 参与数量: 60, 单位: "人", 地点: "江滨区各社区", 主办或协办单位: "区卫健委" },
      { 日期: "2025-04-07", 活动名称: "世界卫生日健康宣传", 活动类型: "宣传教育", 参与数量: 200, 单位: "人次", 主办或协办单位: "本单位" },
      { 日期: "2025-05-12", 活动名称: "护士节志愿服务", 活动类型: "志愿服务", 参与数量: 30, 单位: "人", 主办或协办单位: "区人民医院" },
    ],
  });
  expect(text).not.toMatch(/联合区卫健委|联合本单位|联合江滨区卫生健康委员会/u);
  expect(text).toContain("联合区人民医院");
});

it("D2 (and test 8, D3): a task row that names its own 分解 is not given another: a 分解表 is drawn up, a 分解到 is said with 将", async () => {
  const table = await textOf(BUREAU, { 组织保障: [{ 事项类型: "任务分解", 名称或内容: "创文任务分解表", 数量: 45, 单位: "项" }] });
  expect(table).toContain("制定创文任务分解表，分解任务45项");
  const to = await textOf({ ...BUREAU, 单位名称: "江城职业技术学院", 单位简称: "", 单位类型: "学校" }, { 组织保障: [{ 事项类型: "任务分解", 名称或内容: "创建任务分解到二级学院和职能部门", 数量: 12, 单位: "项" }] });
  expect(to).toContain("将创建任务分解到二级学院和职能部门，共12项");
  expect(`${table}${to}`).not.toMatch(/分解落实[^。]*分解/u);
});

it("D3: `参加人员数` is read as 参与数量; an unknown header beside an added column is named in the repair report", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const { cli } = await import("./support/cli");
  const { mkdtempSync, writeFileSync, readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(join(tmpdir(), "nu9-d3-"));
  const rows = [{ 日期: "2025-06-14", 活动名称: "无偿献血宣传", 活动类型: "宣传教育", 参与数量: 80, 单位: "人" }];
  const make = async (header: string): Promise<string> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbook(standardV1, { profile: BUREAU, ledgers: { 活动台账: rows } })) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("活动台账")!;
    const col = (ws.getRow(2).values as unknown[]).indexOf("参与数量");
    ws.getRow(2).getCell(col).value = header;
    const file = join(dir, `${header}.xlsx`);
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    return file;
  };
  const synonym = await make("参加人员数");
  expect(analyzeWorkbook(await readWorkbook(readFileSync(synonym)), standardV1).facts.activities[0].participants.map((f) => `${f.value}${f.unit}`)).toEqual(["80人"]);
  const other = await make("到场情况");
  const up = await cli("upgrade", other, "-o", join(dir, "up.xlsx"));
  expect(up.err).toContain("未能修复：“活动台账”的表头“到场情况”（D列）不是标准列，其中的数字不会写入总结；如果其中之一就是新补上的“参与数量”，请把那一列的数据移到新列（或删去新列，把原表头改为标准表头）");
}, 30000);

it("D4: a form's `（盖章）` after 填报单位 is no part of the unit's name, whose type is then read from it", async () => {
  const { unitNameOfTitle, unitTypeOfName } = await import("../src/core/import");
  expect(unitNameOfTitle("填报单位：江滨区交通运输局（盖章）")).toBe("江滨区交通运输局");
  expect(unitNameOfTitle("报送单位：城南街道办事处(公章)")).toBe("城南街道办事处");
  expect(unitTypeOfName("江滨区交通运输局")).toBe("机关部门");
});

it("D6: a 团区委 (群团组织, not a 妇联) never speaks of 巾帼", async () => {
  const text = await textOf({ 单位名称: "共青团江滨区委员会", 单位简称: "团区委", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" }, {
    志愿服务: [{ 队伍名称: "江滨青年志愿者服务队", 队伍类型: "青年志愿者", 注册人数: 4200 }],
    活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务月", 活动类型: "志愿服务", 参与数量: 1500, 单位: "人次" }],
  });
  expect(text).toContain("学雷锋志愿服务月");
  expect(text).not.toMatch(/巾帼|妇女|家庭/u);
});

it("D8: honours conferred above the unit are told as received, apart from those it selected", async () => {
  const text = await textOf(BUREAU, {
    先进典型: [
      { 荣誉名称: "最美医生", 级别: "市", 人数: 2 },
      { 荣誉名称: "院级优秀志愿者", 级别: "本单位", 人数: 15 },
    ],
  });
  expect(text).toContain("2人获评市级“最美医生”；评选表彰院级优秀志愿者15人");
  expect(text).not.toContain("共17人");
});

it("D7: a mechanism with a frequency is set up once and its work recurs: never `坚持每周建立……机制1次，累计建立48次`", async () => {
  const text = await textOf({ 单位名称: "共青团江滨区委员会", 单位简称: "团区委", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" }, {
    组织保障: [{ 事项类型: "工作机制", 名称或内容: "青年志愿者“周末创文”值守机制", 数量: 48, 单位: "次", 频次: "每周1次" }],
  });
  expect(text).toContain("青年志愿者“周末创文”值守机制，坚持每周值守1次，累计48次");
  expect(text).not.toMatch(/每周建立|累计建立/u);
});

it("D12: a 名称或内容 that names who does it and its verb (`村两委开展环境卫生检查`) gets no second verb", async () => {
  const text = await textOf({ 单位名称: "刘家村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年" }, {
    组织保障: [{ 事项类型: "督查检查", 名称或内容: "村两委开展环境卫生检查", 数量: 24, 单位: "次", 频次: "每周1次" }],
  });
  expect(text).toContain("村两委坚持每周开展环境卫生检查1次，累计开展24次");
  expect(text).not.toMatch(/开展村两委/u);
});

it("D14: people's names typed as 主办或协办单位 are no partner and never printed", async () => {
  const text = await textOf(BUREAU, {
    活动台账: [
      { 日期: "2025-04-10", 活动名称: "健康讲座进机关", 活动类型: "宣传教育", 参与数量: 80, 单位: "人", 主办或协办单位: "张伟、李娜" },
      { 日期: "2025-05-10", 活动名称: "义诊进社区", 活动类型: "志愿服务", 参与数量: 40, 单位: "人", 主办或协办单位: "区人民医院" },
    ],
  });
  expect(text).not.toMatch(/张伟|李娜/u);
  expect(text).toContain("联合区人民医院");
});

it("D15 (and test 8, D14): 规范数据 reads 报告期 `2025年上半年` as 上半年 when the year is the 报告年度's; without a 报告期 the title has no 年度", async () => {
  const { fixPlan } = await import("../src/core/fix");
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile: { ...BUREAU, 报告期: "2025年上半年" }, ledgers: {} }));
  const plan = fixPlan(snapshot, standardV1);
  expect(plan.changes.map((c) => [c.sheet, c.cell, c.before, c.after, c.note])).toContainEqual(["基本信息", "B9", "2025年上半年", "上半年", "“2025年上半年”改为“上半年”（年份与报告年度相同，已在报告年度中）"]);
  const other = await readWorkbook(await writeWorkbook(standardV1, { profile: { ...BUREAU, 报告期: "2024年上半年" }, ledgers: {} }));
  expect(fixPlan(other, standardV1).changes.filter((c) => c.cell === "B9")).toEqual([]);
  const analysis = analyzeWorkbook(snapshot, standardV1);
  expect(documentText(summarize(analysis, standardV1, { includeNames: false, today: 45900 }).document).split("\n")[0]).toBe("江滨区卫生健康委员会2025年创建文明城市工作总结");
});

it("D10: a form's signature line taken into a ledger is no activity and its names are never told", async () => {
  const text = await textOf(BUREAU, {
    活动台账: [
      { 日期: "2025-04-10", 活动名称: "文明交通劝导", 活动类型: "志愿服务", 参与数量: 20, 单位: "人" },
      { 活动名称: "审核人：陈东", 活动类型: "其他" },
    ],
  });
  expect(text).toContain("文明交通劝导");
  expect(text).not.toMatch(/陈东|审核人/u);
});

it("D13: repairing the colleague's workbook, Excel (the 网页版's working copy) and `upgrade` (its download) do the same and report it alike", async () => {
  const { createFakeExcel, modelFromSnapshot } = await import("../src/adapters/excel/fake");
  const { ALL_FEATURES } = await import("../src/adapters/excel/types");
  const { createOps } = await import("../src/taskpane/operations");
  const { cli } = await import("./support/cli");
  const { mkdtempSync, readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const file = join(__dirname, "..", "docs", "new-user-test-9-files", "wsjw-2025h1-colleague.xlsx");
  const upgraded = join(mkdtempSync(join(tmpdir(), "nu9-d13-")), "up.xlsx");
  const up = await cli("upgrade", file, "-o", upgraded);
  expect(up.out).toContain("“活动台账”把表头“参加人员数”改回标准表头“参与数量”（该列数据不动）");
  expect(`${up.out}${up.err}`).not.toMatch(/补上缺少的列“参与数量”|未能自动补上/u);
  const key = (f: { severity: string; sheet: string; cell?: string; message: string }): string => `${f.severity}|${f.sheet}|${f.cell ?? ""}|${f.message}`;
  const viaCli = (JSON.parse((await cli("check", upgraded, "--json")).out) as { findings: { severity: string; sheet: string; cell?: string; message: string }[] }).findings.map(key).sort();
  const fake = createFakeExcel({ model: modelFromSnapshot(await readWorkbook(new Uint8Array(readFileSync(file)))) });
  const ops = createOps(fake.run, ALL_FEATURES);
  const report = await ops.impose();
  expect(report.sheets.find((s) => s.sheet === "活动台账")).toMatchObject({ added: [], blocked: [] });
  // Left: rows typed below a blank row under an existing table — upgrade takes them in, Excel leaves them outside (with its warning).
  const outside = (k: string): boolean => k.includes("数据在表格范围之外");
  expect((await ops.analyze()).findings.map(key).filter((k) => !outside(k)).sort()).toEqual(viaCli);
}, 30000);

it("D10: a row of work whose 备注 names who filled it in stays", async () => {
  const text = await textOf(BUREAU, {
    活动台账: [{ 日期: "2025-04-10", 活动名称: "文明交通劝导", 活动类型: "志愿服务", 参与数量: 20, 单位: "人", 备注: "填表人：许文" }],
  });
  expect(text).toContain("文明交通劝导");
  expect(text).not.toContain("许文");
});

it("D18: 规范数据 of `15场` beside a 单位 that already says 场 only drops the word", async () => {
  const { fixPlan } = await import("../src/core/fix");
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile: BUREAU, ledgers: { 其他指标: [{ 板块: "其他", 指标名称: "开展健康讲座", 数值: "15场", 单位: "场" }] } }));
  const change = fixPlan(snapshot, standardV1).changes.find((c) => c.sheet === "其他指标");
  expect(change?.note).toBe("“15场”转为数值15，去掉D3已有的单位“场”");
});

it("D9: one 我们的节日 activity titled after the type (`我们的节日·中秋国庆`) is told by its name and date", async () => {
  const text = await textOf({ 单位名称: "共青团江滨区委员会", 单位简称: "团区委", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" }, {
    活动台账: [{ 日期: "2025-10-01", 活动名称: "我们的节日·中秋国庆", 活动类型: "我们的节日", 参与数量: 300, 单位: "人" }],
  });
  expect(text).toContain("10月1日开展“我们的节日·中秋国庆”活动，参与300人。");
});
