/**
 * What the second new-user test of the pane and 网页版 found in the figures of a hand-made ledger
 * (docs/new-user-test-pane-2.md), on its file (test/fixtures/handmade-no-tables.xlsx): the same
 * core serves the CLI, the pane and the page, so the figures are checked here once.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook, documentText, standardV1, summarize, type Analysis } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";

let analysis: Analysis;
let text: string;
beforeAll(async () => {
  analysis = analyzeWorkbook(await readWorkbook(readFileSync(join(__dirname, "fixtures/handmade-no-tables.xlsx"))), standardV1);
  text = documentText(summarize(analysis, standardV1, { includeNames: false, today: 45500 }).document);
});

it("D6: a 合计 row is an error and is not counted again: the money is the real rows' 2万元, not 4万元", () => {
  expect(analysis.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(expect.arrayContaining(["宣传投放!A5 row.total", "问题整改!A5 row.total"]));
  expect(analysis.workbook.ledgers.publicity.rows.map((r) => r.row)).toEqual([2, 3, 4]);
  expect(text).toContain("2万元");
  expect(text).not.toContain("4万元");
});

it("D6: a 合计 row under the activities is no activity of the summary (messy-sample-copy.xlsx, row 26)", async () => {
  const messy = analyzeWorkbook(await readWorkbook(readFileSync(join(__dirname, "fixtures/messy-sample-copy.xlsx"))), standardV1);
  expect(messy.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toContain("活动台账!B26 row.total");
  expect(messy.workbook.ledgers.activities.rows.map((r) => r.row)).not.toContain(26);
  const messyText = documentText(summarize(messy, standardV1, { includeNames: false, today: 45500 }).document);
  expect(messyText).not.toContain("合计");
  expect(messyText).toContain("开展各类活动23场");
});

it("D7: a team whose 队伍类型 is not in the list is counted in the total, not under another type", () => {
  expect(analysis.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toContain("志愿服务!B3 value.enum");
  expect(text).toContain("注册志愿者217人");
  expect(text).not.toContain("党员志愿者217人");
});

it("D3: a 合计 row gets one finding, row.total, not also 不能填“合计” and 必须填写 on its cells", () => {
  const onRow5 = (sheet: string) => analysis.findings.filter((f) => f.sheet === sheet && /^[A-Z]+5$/u.test(f.cell)).map((f) => `${f.cell} ${f.rule}`);
  expect(onRow5("宣传投放")).toEqual(["A5 row.total"]);
  expect(onRow5("问题整改")).toEqual(["A5 row.total"]);
});
