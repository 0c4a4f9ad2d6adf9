/** @jest-environment node */
/**
 * 开始下一期 in the 网页版 (issue #17): the page's operations make the next period's file from the
 * opened one by the CLI's own call — the downloaded bytes hold the same cells as `next` writes
 * (上期遗留 rows, 上期打算 rows, 上期指标 figures) — and the opened file is never changed.
 */
import { readFileSync } from "node:fs";
import { Workbook } from "exceljs";
import { join } from "node:path";
import { analyseLedger, comparisonFor, standardV1, type WorkbookSnapshot } from "../../core";
import { readWorkbook } from "../../adapters/xlsx";
import { nextPeriodFile } from "../../adapters/xlsx/next-period";
import { createBrowserOps, nextFileName } from "./browser-ops";

const FILE = join(__dirname, "../../../samples/community-2023-h1.xlsx");

const sheet = (s: WorkbookSnapshot, name: string) => s.sheets.find((g) => g.name === name)!.values;

it("names the download after the opened file", () => {
  const h2 = { year: 2023, period: "下半年" };
  expect(nextFileName("幸福里社区台账.xlsx", h2)).toBe("幸福里社区台账（2023年下半年）.xlsx");
  expect(nextFileName(undefined, h2)).toBe("标准台账（2023年下半年）.xlsx");
  // A period in the name is replaced (new-user test 8, D21), never left as the old one.
  expect(nextFileName("04-望江社区-2024下半年-上期.xlsx", { year: 2025, period: "上半年" })).toBe("04-望江社区-2025上半年-上期.xlsx");
  expect(nextFileName("望江社区2024年下半年台账.xlsx", { year: 2025, period: "上半年" })).toBe("望江社区2025年上半年台账.xlsx");
});

it("downloads the next period's workbook: the cells the CLI's next writes, the opened file unchanged", async () => {
  const bytes = new Uint8Array(readFileSync(FILE));
  const copy = bytes.slice();
  const ops = createBrowserOps({ name: "幸福里社区台账.xlsx", bytes, snapshot: await readWorkbook(bytes) }, async () => undefined);
  expect(ops.nextPeriod?.mode).toBe("download");
  const plan = await ops.nextPeriod!.plan();
  if (!plan.ok) throw new Error(plan.message);
  const done = await ops.nextPeriod!.apply(plan);
  if (done.kind !== "download") throw new Error("expected a download");
  expect([done.file, done.errors]).toEqual(["幸福里社区台账（2023年下半年）.xlsx", 0]);
  expect(bytes).toEqual(copy);

  const cli = await nextPeriodFile(readFileSync(FILE), standardV1);
  if (!cli.ok) throw new Error(cli.message);
  const [page, expected] = [await readWorkbook(done.bytes), await readWorkbook(cli.bytes)];
  for (const name of ["基本信息", "问题整改", "文字材料", "组织保障", "志愿服务", "活动台账", "上期指标"]) expect({ name, values: sheet(page, name) }).toEqual({ name, values: sheet(expected, name) });

  const a = analyseLedger(page);
  const rect = a.workbook.ledgers.rectification.rows;
  expect(rect.length).toBe(plan.next.carried.problems);
  expect(rect.every((r) => r.cells.origin.value === "上期遗留" && r.cells.rectified.value === 0)).toBe(true);
  expect(a.workbook.ledgers.texts.rows.map((r) => r.cells.kind.value)).toEqual(Array(plan.next.carried.plans).fill("上期打算"));
  // 上期指标 holds this period's figures: the new workbook compares with them by itself.
  expect(String(sheet(page, "上期指标")[0][0])).toContain("2023年上半年");
  expect(comparisonFor(a)?.ok).toBe(true);
});

it("applies only a plan it made (the one the user saw)", async () => {
  const bytes = new Uint8Array(readFileSync(FILE));
  const ops = createBrowserOps({ name: "a.xlsx", bytes, snapshot: await readWorkbook(bytes) }, async () => undefined);
  const plan = await ops.nextPeriod!.plan({ period: "专项" });
  if (!plan.ok) throw new Error(plan.message);
  await expect(ops.nextPeriod!.apply({ ...plan })).rejects.toThrow("请先预览下一期");
});

it("refuses 开始下一期 of a file that is no standard ledger as such, not as errors on cells of a 基本信息 it lacks", async () => {
  // New-user test: 打开本地台账文件 with an office's own sheets → 标准表 → 预览下一期 said
  // 本台账有7个错误（基本信息!B3、基本信息!B5、基本信息!B8等），开始下一期会把有错的数字存入“上期指标”…
  const wb = new Workbook();
  wb.addWorksheet("宣传统计").addRows([["项目", "数量", "单位"], ["公益广告", 12, "块"]]);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const ops = createBrowserOps({ name: "我的表格.xlsx", bytes, snapshot: await readWorkbook(bytes) }, async () => undefined);
  expect(await ops.nextPeriod!.plan()).toEqual({
    ok: false,
    reason: "not-standard",
    message: "这不是标准台账（缺少基本信息、组织保障等9个工作表），无法开始下一期；请先把其中的数据导入标准台账。",
    missing: ["基本信息", "组织保障", "宣传投放", "志愿服务", "先进典型", "问题整改", "活动台账", "其他指标", "文字材料"],
  });
});
