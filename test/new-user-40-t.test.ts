/**
 * New-user test 40 (docs/new-user-test-pane-40.md): D14 (a 问题清单 with a `发现` count column), D19 (`--previous` of the
 * same unit under its 单位简称), D12 (`next` keeps the 〔约数〕 tag of a carried team and says so), each as the tester typed it.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { relatePeriods } from "../src/core/facts";
import { cli } from "./support/cli";
import { sheetRows, workbookFile } from "./support/files";

/** Writes `sheets` (name → rows) to a fresh .xlsx; its path. */
async function sheetFile(sheets: Record<string, (string | number | null)[][]>, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    rows.forEach((r, i) => { ws.getRow(i + 1).values = r; });
  }
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu40t-")), name);
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

const who = ["--unit", "幸福苑社区居委会", "--type", "社区", "--year", "2025", "--period", "上半年"];

/** Imports `source` into a fresh folder; the CLI's answer and the new workbook's path. */
async function imported(source: string, ...options: string[]): Promise<{ out: string; file: string }> {
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu40t-")), "imp.xlsx");
  const r = await cli("import", source, "-o", file, ...who, ...options);
  return { out: r.out, file };
}

/** The 问题整改 rows of a workbook: 问题类别, 发现数, 已整改数, 单位, 备注. */
const problems = (file: string): Promise<unknown[][]> => sheetRows(file, "问题整改", [1, 2, 3, 4, 9]);

/** The tester's 问题清单 sheet (makeimport.js), as typed. */
const problemSheet = {
  问题清单: [
    ["问题", "发现", "整改情况", "责任人", "备注"],
    ["楼道堆物", "20户", "已整改18户", "物业张经理", "两户老人不同意清"],
    ["飞线充电", "5处", "已整改", "网格员小陈", null],
    ["乱张贴小广告", "百余处", "已整改约90处", null, "反复贴"],
  ],
};

describe("D14: a 问题清单 whose count column is headed 发现 is imported by its counts", () => {
  it("发现 is 发现数 (20户, 5处, 百余处 → 100 约), 整改情况 gives 已整改数 (18, 5, 约90), 责任人 is not counted", async () => {
    const { out, file } = await imported(await sheetFile(problemSheet, "i-幸福苑自制台账.xlsx"));
    expect(out).toContain("    B 发现 → 发现数（表头近义词，85%）\n");
    expect(out).toContain("    D 责任人 → 个人信息，不复制（表头，95%）\n");
    expect(out).toContain("  问题整改!C4 已整改数＝5：“已整改”未写数量，按全部5处已整改计（依据 问题清单!C3）\n");
    expect(out).toContain("  问题清单!B2:B4 → 问题整改!B3:B5\n");
    expect(out).not.toContain("未对应的列（发现）");
    expect(await problems(file)).toEqual([
      ["其他", 20, 18, "户", "楼道堆物；两户老人不同意清"],
      ["其他", 5, 5, "处", "飞线充电"],
      ["乱张贴", 100, 90, "处", "乱张贴小广告；反复贴；〔约数〕发现数：百余处；〔约数〕已整改数：约90处"],
    ]);
    const text = (await cli("summarize", file, "--force", "--text", "-")).out;
    expect(text).not.toContain("问题3处");
    expect(text).not.toContain("均已整改到位");
  });

  it("a row of a counted list without its count leaves 发现数 blank (never 1) and says so; check then asks for it", async () => {
    const source = await sheetFile({ 问题清单: [["问题", "发现", "整改情况"], ["楼道堆物", "20户", "已整改18户"], ["飞线充电", null, "已整改"], ["乱停车", "若干", "整改中"]] }, "p.xlsx");
    const { out, file } = await imported(source);
    expect(await problems(file)).toEqual([
      ["其他", 20, 18, "户", "楼道堆物"],
      ["其他", null, null, "处", "飞线充电；整改情况：已整改"],
      ["其他", null, 0, "处", "乱停车；发现：若干；整改情况：整改中"],
    ]);
    expect(out).toContain("  提示：问题清单!B3：未写问题的数量，发现数未填写（不按1计），请在标准台账中补填。\n");
    expect(out).not.toContain("未写数量，按1计");
  });
});

describe("D19: --previous of the unit's own 单位简称; a refused comparison still writes the summary", () => {
  /** A 市场监管局 half year: 单位名称, 单位简称 (when given) and its registered volunteers. */
  const year = (unit: string, short: string | undefined, reportYear: number, volunteers: number): Parameters<typeof workbookFile>[0] => ({
    profile: { 单位名称: unit, ...(short ? { 单位简称: short } : {}), 单位类型: "机关部门", 报告年度: reportYear, 报告期: "上半年" },
    ledgers: {
      活动台账: [{ 日期: `${reportYear}-03-15`, 活动名称: "3·15消费者权益日宣传", 活动类型: "宣传教育", 参与数量: 200, 单位: "人" }],
      志愿服务: [{ 队伍名称: "红盾志愿服务队", 队伍类型: "党员志愿者", 注册人数: volunteers }],
    },
  });
  const folder = (): string => mkdtempSync(join(tmpdir(), "cl-nu40t-"));

  it("last year's 单位名称 区市场监管局 is this year's 单位简称: compared, with the 提示, and the .docx written", async () => {
    const now = await workbookFile(year("城南区市场监督管理局", "区市场监管局", 2025, 65), "d-区市场监管局-2025H1.xlsx");
    const before = await workbookFile(year("区市场监管局", undefined, 2024, 50), "d0-区市场监管局-2024H1.xlsx");
    const docx = join(folder(), "d-cmp.docx");
    const r = await cli("summarize", now, "-o", docx, "--previous", before, "--date", "2025-07-05", "--text", "-");
    expect(r.code).toBe(0);
    expect(r.err).toContain("提示 对比台账的单位名称为“区市场监管局”，按同一单位比较。\n");
    expect(r.err).not.toContain("不是同一单位");
    expect(r.out).toContain("现有注册党员志愿者65人，较上年同期增加15人，增长30%"); // the change joined to its figure (review run 32)
    expect(existsSync(docx)).toBe(true);
  });

  it("relatePeriods: either side's 单位简称 names the unit; two units with unrelated names are still refused", () => {
    const side = (unitName: string, shortName: string | undefined, year: number) => ({ profile: { unitName, ...(shortName ? { shortName } : {}), year, period: "上半年" } });
    expect(relatePeriods(side("区市场监管局", undefined, 2025), side("城南区市场监督管理局", "区市场监管局", 2024))).toEqual({ ok: true, relation: { kind: "yoy", label: "上年同期", previousText: "2024年上半年", unitNote: "对比台账的单位名称为“城南区市场监督管理局”，按同一单位比较。" } });
    expect(relatePeriods(side("城南区市场监督管理局", "区市场监管局", 2025), side("城南区市场监管局", "区市场监管局", 2024))).toMatchObject({ ok: true, relation: { unitNote: "对比台账的单位名称为“城南区市场监管局”，按同一单位比较。" } });
    expect(relatePeriods(side("城南区市场监督管理局", "区市场监管局", 2025), side("区城管局", undefined, 2024))).toEqual({ ok: false, message: "对比台账的单位“区城管局”与本台账“城南区市场监督管理局”不是同一单位，无法比较。" });
  });

  it("another unit: the refusal is one line, the summary and the .docx are still written without a comparison, exit 1", async () => {
    const now = await workbookFile(year("城南区市场监督管理局", "区市场监管局", 2025, 65));
    const before = await workbookFile(year("区城管局", undefined, 2024, 50));
    const docx = join(folder(), "d-cmp.docx");
    const r = await cli("summarize", now, "-o", docx, "--previous", before, "--date", "2025-07-05", "--text", "-");
    expect(r.code).toBe(1);
    expect(r.err).toContain("（对比台账的单位“区城管局”与本台账“城南区市场监督管理局”不是同一单位，无法比较，总结未作对比。）\n");
    expect(r.out).toContain("现将有关情况总结如下。");
    expect(r.out).not.toContain("较上年同期");
    expect(existsSync(docx)).toBe(true);
  });
});

describe("D12: next keeps the 〔约数〕 tag of a carried team's 注册人数 in 备注, and says so", () => {
  it("志愿服务!G3 keeps `〔约数〕注册人数：约120`; the report names the tag kept", async () => {
    const now = await workbookFile({
      profile: { 单位名称: "锦绣华庭社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" }],
        志愿服务: [
          { 队伍名称: "锦绣华庭红色物业志愿队", 队伍类型: "党员志愿者", 注册人数: 120, 服务次数: 12, 备注: "〔约数〕注册人数：约120；多为退休党员" },
          { 队伍名称: "邻里守望巾帼队", 队伍类型: "巾帼志愿者", 注册人数: 35, 服务次数: 6 },
        ],
      },
    }, "a-up3.xlsx");
    const next = join(mkdtempSync(join(tmpdir(), "cl-nu40t-")), "a-next.xlsx");
    const r = await cli("next", now, "-o", next);
    expect(r.code).toBe(0);
    expect(r.out).toContain("  志愿服务：结转的2支队伍已清空服务次数、服务时长（小时）、备注（备注中注册人数的〔约数〕标记保留）\n");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(next);
    const sheet = wb.getWorksheet("志愿服务")!;
    expect([3, 4].map((i) => [sheet.getRow(i).getCell(3).value, sheet.getRow(i).getCell(4).value, sheet.getRow(i).getCell(7).value])).toEqual([[120, null, "〔约数〕注册人数：约120"], [35, null, null]]);
  });
});
