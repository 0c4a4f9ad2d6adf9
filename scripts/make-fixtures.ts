/**
 * Regenerates test/fixtures/ (`npm run fixtures`): small files named by the outcome they must
 * give (docs/bad-inputs.md). Needs LibreOffice (`soffice`) for the .xls and the LibreOffice-saved
 * workbook; everything else is built here from the project's own template.
 * - exit2-*: refused with one Chinese line and exit 2 (empty, CSV renamed, old .xls, encrypted —
 *   a CFB container with an EncryptedPackage stream, as Excel writes it —, zip bomb: a template
 *   whose sharedStrings.xml declares 4 GB in the zip directory).
 * - reads-libreoffice-saved.xlsx: a filled template saved again by LibreOffice Calc: reads correctly.
 * - fix-typed-values.xlsx: the values users really type (spec table), for `fix`.
 * - upgrade-damaged.xlsx: structural damage of every kind, for `check` and `upgrade`.
 * - writeback-excel-only.xlsx: x14 list validations, a chart part and a VBA part: `fix`/`upgrade`
 *   name them and re-create the validations.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

const OUT = join(__dirname, "..", "..", "..", "test", "fixtures");
const profile = { 单位名称: "测试社区居委会", 单位类型: "社区", 报告年度: 2023, 报告期: "上半年" } as const;

const filled: WorkbookContent = {
  profile,
  ledgers: {
    宣传投放: [{ 类型: "公益广告", 位置或内容: "主干道", 数量: 80, 单位: "块", 日期: { date: "2023-03-05" } }],
    活动台账: [{ 日期: { date: "2023-06-05" }, 活动名称: "端午节包粽子", 活动类型: "我们的节日", 参与数量: 120, 单位: "人" }],
    问题整改: [{ 问题类别: "乱张贴", 发现数: 10, 已整改数: 9, 单位: "处" }],
  },
};

export const typedValues: WorkbookContent = {
  profile: { ...profile, 报告年度: "２０２３", 起始日期: "2023.1.1" },
  ledgers: {
    宣传投放: [
      { 类型: "公益广告", 数量: "１２０", 单位: "块" },
      { 类型: "道旗", 数量: "120 面" },
      { 类型: "宣传栏", 数量: "552多", 单位: "块", 备注: "已核实" },
      { 类型: "横幅", 数量: "两千", 单位: "条", 日期: "6月5日", "投入金额（元）": "4万余元" },
      { 类型: "展板", 数量: "六千八", 单位: " 块 ", 日期: "2023年6月5日" },
      { 类型: "墙绘", 数量: "若干", 单位: "处" },
    ],
    其他指标: [{ 板块: "环境整治", 指标名称: "出动巡查人员", 数值: "约14800", 单位: "人次" }],
    志愿服务: [{ 队伍名称: "红马甲", 队伍类型: "党员志愿者", 注册人数: "552人", 服务次数: "近100" }],
  },
};

async function load(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}
const save = async (wb: Workbook): Promise<Uint8Array> => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

/** Every kind of structural damage the validator reports, in one workbook. */
async function damaged(): Promise<Uint8Array> {
  const wb = await load(await writeWorkbook(standardV1, {
    profile,
    ledgers: {
      宣传投放: [{ 类型: "公益广告", 数量: 5, 单位: "块", 备注: "甲" }, { 类型: "道旗", 数量: 8, 单位: "面" }],
      志愿服务: [{ 队伍名称: "红马甲", 队伍类型: "党员志愿者", 注册人数: 30 }, { 队伍名称: "夕阳红", 队伍类型: "老年志愿者", 注册人数: 12 }],
      先进典型: [{ 荣誉名称: "好人", 级别: "市", 人数: 1 }],
    },
  }));
  const pub = wb.getWorksheet("宣传投放")!;
  pub.name = "宣传"; // renamed sheet
  pub.getCell("I2").value = "负责人"; // user-added column
  pub.getCell("I3").value = "张三";
  pub.getCell("I3").numFmt = "@";
  pub.getCell("I3").font = { bold: true, color: { argb: "FFFF0000" } };
  pub.getCell("A6").value = "横幅"; // a row below the table
  pub.getCell("C6").value = 3;
  pub.getCell("D6").value = "条";
  const act = wb.getWorksheet("活动台账")!;
  act.removeTable("tbl_Activities"); // table converted to a range
  act.getCell("A3").value = "2023/6/5";
  act.getCell("B3").value = "清扫";
  act.getCell("C3").value = "环境整治";
  act.getCell("D3").value = { formula: "SUM(1,2)", result: 3 } as never; // formula typed in a ledger cell
  act.getCell("F2").value = null; // header deleted
  const vol = wb.getWorksheet("志愿服务")!;
  vol.getRow(4).hidden = true; // hidden row
  vol.mergeCells("F3:G3"); // merged cells inside the table
  vol.getCell("F3").value = "扫街";
  const hon = wb.getWorksheet("先进典型")!;
  hon.getCell("B2").value = "荣誉级别"; // renamed required header
  hon.getCell("C3").value = "#DIV/0!";
  wb.removeWorksheet(wb.getWorksheet("指标汇总")!.id); // generated sheet deleted
  return save(wb);
}

/** The template with x14 list validations instead of classic ones on 宣传投放!A, plus a chart and a VBA part. */
async function excelOnly(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await writeWorkbook(standardV1, filled));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const index = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex((m) => m[1] === "宣传投放");
  const path = `xl/worksheets/sheet${index + 1}.xml`;
  let xml = await zip.file(path)!.async("string");
  xml = xml.replace(/<dataValidation [^>]*sqref="A3:A1003"[^>]*>[\s\S]*?<\/dataValidation>/, "");
  const ext =
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showErrorMessage="1">' +
    "<x14:formula1><xm:f>_lists!$A$1:$A$11</xm:f></x14:formula1><xm:sqref>A3:A1003</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>";
  zip.file(path, xml.replace("</worksheet>", `${ext}</worksheet>`));
  zip.file("xl/charts/chart1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  zip.file("xl/vbaProject.bin", new Uint8Array(16));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The template whose sharedStrings.xml declares a 4 GB inflated size in the central directory. */
async function zipBomb(): Promise<Uint8Array> {
  const bytes = await writeWorkbook(standardV1, filled);
  const name = new TextEncoder().encode("xl/sharedStrings.xml");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 46 < bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const len = view.getUint16(at + 28, true);
    if (len === name.length && name.every((b, i) => bytes[at + 46 + i] === b)) view.setUint32(at + 24, 0xfffffff0, true);
  }
  return bytes;
}

/** A CFB (OLE2) container holding EncryptionInfo and EncryptedPackage streams: how Excel stores a password-protected .xlsx. */
function encrypted(): Uint8Array {
  const utf16 = (s: string): number[] => [...Buffer.from(s, "utf16le")];
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return new Uint8Array([...cfb, ...new Array(504).fill(0), ...utf16("EncryptionInfo"), ...new Array(50).fill(0), ...utf16("EncryptedPackage"), ...new Array(400).fill(0)]);
}

function soffice(file: string, to: string, outdir: string): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${outdir}/profile`, "--headless", "--convert-to", to, "--outdir", outdir, file], { stdio: "pipe", timeout: 120_000 });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), "cl-fixtures-"));
  writeFileSync(join(OUT, "exit2-empty.xlsx"), new Uint8Array(0));
  writeFileSync(join(OUT, "exit2-csv-renamed.xlsx"), "\ufeff类型,数量,单位\n公益广告,80,块\n");
  writeFileSync(join(OUT, "exit2-encrypted.xlsx"), encrypted());
  writeFileSync(join(OUT, "exit2-zip-bomb.xlsx"), await zipBomb());
  writeFileSync(join(OUT, "fix-typed-values.xlsx"), await writeWorkbook(standardV1, typedValues));
  writeFileSync(join(OUT, "upgrade-damaged.xlsx"), await damaged());
  writeFileSync(join(OUT, "writeback-excel-only.xlsx"), await excelOnly());
  const source = join(tmp, "filled.xlsx");
  writeFileSync(source, await writeWorkbook(standardV1, filled));
  const csv = join(tmp, "small.csv");
  writeFileSync(csv, "类型,数量\n公益广告,80\n");
  soffice(csv, "xls:MS Excel 97", tmp);
  copyFileSync(join(tmp, "small.xls"), join(OUT, "exit2-old-xls.xlsx"));
  const lo = join(tmp, "lo");
  mkdirSync(lo);
  soffice(source, "xlsx:Calc MS Excel 2007 XML", lo);
  copyFileSync(join(lo, "filled.xlsx"), join(OUT, "reads-libreoffice-saved.xlsx"));
  console.log(`fixtures written to ${OUT}`);
}

if (require.main === module) void main();
