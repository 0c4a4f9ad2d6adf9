/** @jest-environment node */
// dates-tz.test.ts runs this whole file again in a child process with TZ=Asia/Shanghai (UTC+8),
// where exceljs would shift local-midnight dates to the previous day; CL_EXPECT_UTC8 is then set.
import JSZip from "jszip"; // exceljs' own zip library (a dependency of exceljs), used to read raw XML
import { Workbook } from "exceljs";
import { standardV1 } from "../../core/catalog";
import { dateToSerial, serialToDate, toCellValue } from "./cell-values";
import { LedgerFileError } from "./errors";
import { readWorkbook } from "./read-workbook";
import { writeWorkbook } from "./write-workbook";

const catalog = standardV1;

async function rawSheetXml(bytes: Uint8Array, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const index = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex((m) => m[1] === sheetName);
  return zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async("string");
}

async function expectFileError(data: Uint8Array, code: string, message: RegExp): Promise<void> {
  const err = await readWorkbook(data).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LedgerFileError);
  expect((err as LedgerFileError).code).toBe(code);
  expect((err as LedgerFileError).message).toMatch(message);
  expect((err as LedgerFileError).message).not.toContain("\n");
}

describe("round trip of content", () => {
  if (process.env.CL_EXPECT_UTC8) {
    test("this run is in UTC+8", () => expect(new Date(2023, 5, 5).getTimezoneOffset()).toBe(-480));
  }

  test("dates keep their day: 2023-06-05 is serial 45082 in the XML and in the snapshot", async () => {
    const bytes = await writeWorkbook(catalog, {
      profile: { 单位名称: "某某社区居委会", 报告年度: 2023, 起始日期: { date: "2023-01-01" }, 常住人口: 12000 },
      ledgers: { 活动台账: [{ 日期: { date: "2023-06-05" }, 活动名称: "端午节包粽子", 活动类型: "我们的节日", 参与数量: 120, 单位: "人" }] },
    });
    expect(await rawSheetXml(bytes, "活动台账")).toMatch(/<c r="A3"[^>]*><v>45082<\/v><\/c>/);
    const snap = await readWorkbook(bytes);
    const activities = snap.sheets.find((s) => s.name === "活动台账")!;
    expect(activities.values[2]).toEqual([45082, "端午节包粽子", "我们的节日", 120, "人"]);
    const profile = snap.sheets.find((s) => s.name === "基本信息")!;
    const byItem = Object.fromEntries(profile.values.slice(2).map((r) => [r[0], r[1] ?? null]));
    expect(byItem).toMatchObject({ 单位名称: "某某社区居委会", 报告年度: 2023, 起始日期: 44927, 常住人口: 12000, 户数: null });
  });

  test("numbers, text, formulas, blanks and the 整改率 formula per row", async () => {
    const bytes = await writeWorkbook(catalog, {
      ledgers: {
        问题整改: [
          { 问题类别: "占道经营", 发现数: 10, 已整改数: 7, 单位: "处", 备注: "〔约数〕发现数：10余" },
          { 问题类别: "乱张贴", 发现数: 3, 已整改数: 3, 单位: "处", 整改率: 0.5 },
        ],
        其他指标: [{ 板块: "环境整治", 指标名称: "出动巡查人员", 数值: 1234.5, 单位: "人次", 表述: "约" }],
        文字材料: [{ 类型: "导语", 内容: { formula: "=1+1" } }],
      },
    });
    const snap = await readWorkbook(new Uint8Array(bytes).buffer);
    const rect = snap.sheets.find((s) => s.name === "问题整改")!;
    expect(rect.values[2]).toEqual(["占道经营", 10, 7, "处", null, null, null, null, "〔约数〕发现数：10余"]); // v1.2: 来源 before 备注
    expect(rect.values[3].slice(0, 5)).toEqual(["乱张贴", 3, 3, "处", 0.5]);
    expect(rect.formulas?.E3).toMatch(/^IF\(N\(tbl_Rectification\[\[#This Row\],\[发现数\]\]\)/);
    expect(rect.formulas?.E4).toBeUndefined();
    expect(rect.tables[0].ref).toBe("A2:I4");
    const figures = snap.sheets.find((s) => s.name === "其他指标")!;
    expect(figures.values[2]).toEqual(["环境整治", "出动巡查人员", 1234.5, "人次", "约"]);
    const texts = snap.sheets.find((s) => s.name === "文字材料")!;
    expect(texts.formulas?.B3).toBe("1+1");
    expect(texts.values[2]).toEqual(["导语", null]);
  });
});

describe("readWorkbook: cell conversions", () => {
  test("rich text, hyperlinks, errors, cached and shared formulas, merges, hidden rows and sheets", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("数据");
    ws.getCell("A1").value = { richText: [{ text: "加粗", font: { bold: true } }, { text: "普通" }] };
    ws.getCell("B1").value = { text: "链接文字", hyperlink: "https://example.org" };
    ws.getCell("C1").value = { error: "#DIV/0!" } as never;
    ws.getCell("D1").value = new Date(Date.UTC(2023, 5, 5));
    ws.getCell("A2").value = 1;
    ws.getCell("A3").value = 2;
    ws.getCell("B2").value = { formula: "A2*2", result: 2, shareType: "shared", ref: "B2:B3" } as never;
    ws.getCell("B3").value = { sharedFormula: "B2", result: 4 } as never;
    ws.getCell("C2").value = { formula: "A2/0", result: { error: "#DIV/0!" } } as never;
    ws.getCell("E5").value = "右下";
    ws.mergeCells("C4:D4");
    ws.getCell("C4").value = "合并";
    ws.getRow(3).hidden = true;
    wb.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "x";
    const snap = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    const [grid, hidden] = snap.sheets;
    expect(grid.values[0]).toEqual(["加粗普通", "链接文字", "#DIV/0!", 45082]);
    expect(grid.values[1]).toEqual([1, 2, "#DIV/0!"]);
    expect(grid.values[2]).toEqual([2, 4]);
    expect(grid.values[3]).toEqual([null, null, "合并"]);
    expect(grid.values[4]).toEqual([null, null, null, null, "右下"]);
    expect(grid.formulas).toEqual({ B2: "A2*2", B3: "A3*2", C2: "A2/0" });
    expect(grid.merges).toEqual(["C4:D4"]);
    expect(grid.hiddenRows).toEqual([3]);
    expect(grid.visibility).toBe("visible");
    expect(hidden.visibility).toBe("hidden");
  });

  test("serial numbers are UTC-based and exact for whole days", () => {
    expect(dateToSerial(new Date(Date.UTC(2023, 5, 5)))).toBe(45082);
    expect(dateToSerial(new Date(Date.UTC(2023, 5, 5, 12)))).toBe(45082.5);
    expect(serialToDate(45082).toISOString()).toBe("2023-06-05T00:00:00.000Z");
    expect(toCellValue({ formula: "NOW()" })).toBeNull();
    expect(toCellValue({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" })).toBe("ab");
  });
});

describe("readWorkbook: files that are not workbooks", () => {
  const bytes = (...parts: (number[] | string)[]): Uint8Array =>
    new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf16le")] : p)));
  const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const filler = new Array(512).fill(0);

  test("zero bytes", () => expectFileError(new Uint8Array(0), "empty", /^文件为空（0字节），请确认已保存$/));
  test("an old .xls (CFB without EncryptedPackage)", () =>
    expectFileError(bytes(CFB, filler, "Workbook", filler), "xls", /Excel 97-2003 \(\.xls\).*另存为 \.xlsx/));
  test("an encrypted .xlsx (CFB with EncryptedPackage)", () =>
    expectFileError(bytes(CFB, filler, "EncryptionInfo", filler, "EncryptedPackage", filler), "encrypted", /^文件已加密/));
  test("CSV text (UTF-8 with BOM)", () =>
    expectFileError(new Uint8Array(Buffer.from("\ufeff类型,数量\n公益广告,12\n")), "not-xlsx", /看起来是文本\/CSV/));
  test("random bytes behind a zip header", () => {
    const junk = Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256);
    return expectFileError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...junk]), "corrupt", /^文件已损坏，无法读取：/);
  });
  test("a zip with no worksheets", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    await expectFileError(await zip.generateAsync({ type: "uint8array" }), "not-xlsx", /没有 Excel 工作表/);
  });
  test("unknown binary", () => expectFileError(new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0, 0]), "not-xlsx", /无法识别/));
  test("too large", async () => {
    const err = await readWorkbook(new Uint8Array(2048), { maxBytes: 1024 }).catch((e: LedgerFileError) => e);
    expect((err as LedgerFileError).code).toBe("too-large");
  });
});
