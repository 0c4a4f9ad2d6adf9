/**
 * New-user test 62 (docs/new-user-test-pane-62.md), D12: `next` carries what is left of a rough 发现数 as rough, the same way
 * whether it was typed with 约 (`约1200` − 1150: `约50`) or 多 (`860多` − 812: `48多`); a handful left of 约 (`约40` − 38) stays
 * the count it is (new-user test 32, D15).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

it("D12: 约1200 − 1150 is carried as 50 with `〔约数〕发现数：约50`, as 860多 − 812 is 48 with `〔约数〕发现数：48多`", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "青石桥社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "占道经营", 发现数: "约1200", 已整改数: 1150, 单位: "处" },
        { 问题类别: "乱张贴", 发现数: "860多", 已整改数: 812, 单位: "处" },
        { 问题类别: "卫生死角", 发现数: "约40", 已整改数: 38, 单位: "处" },
      ],
    },
  });
  const out = join(mkdtempSync(join(tmpdir(), "cl-nu62mi-")), "下半年.xlsx");
  const next = await cli("next", file, "-o", out);
  expect(next.err).toBe("");
  expect(next.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(out) as never);
  const ws = wb.getWorksheet("问题整改")!;
  const row = (n: number) => [1, 2, 3, 8, 9].map((c) => ws.getRow(n).getCell(c).value ?? null);
  expect([row(3), row(4), row(5)]).toEqual([
    ["占道经营", 50, 0, "上期遗留", "〔约数〕发现数：约50"],
    ["乱张贴", 48, 0, "上期遗留", "〔约数〕发现数：48多"],
    ["卫生死角", 2, 0, "上期遗留", null],
  ]);
}, 60000);
