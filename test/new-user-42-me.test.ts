/**
 * New-user test 42 (docs/new-user-test-pane-42.md), D32: a signature line `填表：教务处 李老师 135…` under a hand-made
 * table is a signature line, as `填表人：` is — never a problem row, and its phone never copied.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";
import { sheetRows } from "./support/files";

it("D32: `填表：教务处 李老师 13512345678` is a signature line: no fake 问题整改 row, no phone in the new workbook", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  [
    ["问题", "发现数", "已整改数", "备注"],
    ["楼道堆物", "20处", "18处", null],
    ["飞线充电", "5处", "5处", null],
    [null, null, null, null],
    ["填表：教务处 李老师 13512345678", null, null, null],
  ].forEach((r, i) => { ws.getRow(i + 1).values = r; });
  const source = join(mkdtempSync(join(tmpdir(), "cl-nu42me-")), "问题.xlsx");
  writeFileSync(source, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu42me-")), "imp.xlsx");
  const r = await cli("import", source, "-o", file, "--unit", "城西职业技术学校", "--type", "学校", "--year", "2025", "--period", "上半年");
  expect(r.out).not.toContain("问题类别＝其他：“填表");
  expect(await sheetRows(file, "问题整改", [1, 2, 3, 4, 9])).toEqual([
    ["其他", 20, 18, "处", "楼道堆物"],
    ["其他", 5, 5, "处", "飞线充电"],
  ]);
  const written = new ExcelJS.Workbook();
  await written.xlsx.readFile(file);
  const cells: string[] = [];
  written.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value)))));
  expect(cells.filter((c) => c.includes("13512345678") || c.includes("李老师"))).toEqual([]);
});
