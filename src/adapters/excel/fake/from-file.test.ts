/** @jest-environment node */
/**
 * A user's file opened in the preview pane or the 网页版 (its snapshot → the fake Excel model → the
 * pane's own snapshot reader) is checked as the CLI checks the file (new-user test D16: formula cells
 * `=500+52` read as empty gave false 必须填写 errors and a summary with wrong figures).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseLedger, standardV1 } from "../../../core";
import { readWorkbook } from "../../xlsx";
import { readSnapshot } from "../read-snapshot";
import { createFakeExcel, modelFromSnapshot } from ".";

const FIXTURE = join(__dirname, "../../../../test/fixtures/formula-cells.xlsx");

it("reads formula cells as their cached results, as Excel and the CLI do: the same findings", async () => {
  const file = await readWorkbook(readFileSync(FIXTURE));
  const fake = createFakeExcel({ model: modelFromSnapshot(file) });
  const pane = await readSnapshot(fake.run, standardV1);
  const cli = analyseLedger(file).findings.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.rule}`);
  expect(cli).toEqual(expect.arrayContaining(["warning 志愿服务!C3 value.formula-typed", "warning 问题整改!B4 value.formula-typed"]));
  expect(cli.filter((f) => f.startsWith("error"))).toEqual([]);
  // Without ExcelApi 1.9 the pane reads the formulas of formula columns only, so the hint that a figure
  // was typed as a formula is missing; every other finding is the same.
  const hint = (f: string): boolean => f.endsWith("value.formula-typed");
  const fromPane = analyseLedger(pane);
  expect(fromPane.findings.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.rule}`)).toEqual(cli.filter((f) => !hint(f)));
  // With it, the formula cells are found (getSpecialCellsOrNullObject("Formulas")) and the findings are the CLI's (new-user test 2, D1).
  const withFormulas = analyseLedger(await readSnapshot(fake.run, standardV1, { formulaCells: true }));
  expect(withFormulas.findings.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.rule}`)).toEqual(cli);
  expect(fromPane.workbook.ledgers.volunteers.rows[0].cells.members.value).toBe(552);
  expect(fromPane.workbook.ledgers.rectification.rows[1].cells.found.value).toBe(58);
});

it("says a renamed standard sheet was renamed, as the CLI does (new-user test D8)", async () => {
  const file = await readWorkbook(readFileSync(join(__dirname, "../../../../test/fixtures/renamed-activity-sheet.xlsx")));
  const pane = await readSnapshot(createFakeExcel({ model: modelFromSnapshot(file) }).run, standardV1);
  const rule = (f: { rule: string; sheet: string }) => `${f.sheet} ${f.rule}`;
  expect(analyseLedger(file).findings.map(rule)).toContain("活动台账 sheet.renamed-read");
  expect(analyseLedger(pane).findings.map(rule)).toEqual(analyseLedger(file).findings.map(rule));
});

it("explains merged cells as the CLI does, where Excel can say which cells are merged (ExcelApi 1.13; new-user test D19)", async () => {
  const file = await readWorkbook(readFileSync(join(__dirname, "../../../../test/fixtures/merged-cells.xlsx")));
  const run = createFakeExcel({ model: modelFromSnapshot(file) }).run;
  const rule = (f: { rule: string; sheet: string; cell: string }) => `${f.sheet}!${f.cell} ${f.rule}`;
  const cli = analyseLedger(file).findings.map(rule);
  expect(cli).toEqual(expect.arrayContaining(["活动台账!C3 cell.merged", "活动台账!F3 cell.merged"]));
  expect(analyseLedger(await readSnapshot(run, standardV1, { merges: true })).findings.map(rule)).toEqual(cli);
  // Without ExcelApi 1.13 the hint is missing (the 必须填写 errors stay).
  expect(analyseLedger(await readSnapshot(run, standardV1)).findings.map(rule).filter((f) => f.endsWith("cell.merged"))).toEqual([]);
  // No sync more for the merges: they are read with the used ranges.
  const syncs = async (merges: boolean): Promise<number> => {
    const fake = createFakeExcel({ model: modelFromSnapshot(file) });
    await readSnapshot(fake.run, standardV1, { merges });
    return fake.stats.syncs;
  };
  expect(await syncs(true)).toBe(await syncs(false));
});

it("knows a renamed ledger sheet without an Excel table by its headers, as the CLI does, in the same number of syncs (new-user test 2, D5)", async () => {
  const file = await readWorkbook(readFileSync(join(__dirname, "../../../../test/fixtures/handmade-no-tables.xlsx")));
  expect(file.sheets.find((g) => g.name === "活动记录")?.tables).toEqual([]);
  const fake = createFakeExcel({ model: modelFromSnapshot(file) });
  const pane = await readSnapshot(fake.run, standardV1, { merges: true, formulaCells: true });
  const rule = (f: { rule: string; sheet: string; cell: string }) => `${f.sheet}!${f.cell} ${f.rule}`;
  const cli = analyseLedger(file).findings.map(rule);
  expect(cli).toContain("活动台账! sheet.renamed-read");
  expect(cli).not.toContain("活动台账! sheet.missing");
  expect(analyseLedger(pane).findings.map(rule)).toEqual(cli);
  expect(pane.sheets.map((g) => g.name)).toContain("活动记录");
  // The probe rides in the used-range sync: as many syncs as a workbook with nothing renamed.
  const plain = createFakeExcel({ model: modelFromSnapshot({ ...file, sheets: file.sheets.filter((g) => g.name !== "活动记录") }) });
  await readSnapshot(plain.run, standardV1, { merges: true, formulaCells: true });
  expect(fake.stats.syncs).toBe(plain.stats.syncs);
});

it("gives the CLI's findings on the new user's messy copy of the sample: formulas typed, a formula with no result, merged cells (new-user test 2, D1)", async () => {
  const file = await readWorkbook(readFileSync(join(__dirname, "../../../../test/fixtures/messy-sample-copy.xlsx")));
  const rule = (f: { rule: string; sheet: string; cell: string }) => `${f.sheet}!${f.cell} ${f.rule}`;
  const cli = analyseLedger(file).findings.map(rule);
  expect(cli).toEqual(expect.arrayContaining(["问题整改!B4 value.formula-typed", "活动台账!F3 cell.merged"]));
  const pane = await readSnapshot(createFakeExcel({ model: modelFromSnapshot(file) }).run, standardV1, { merges: true, formulaCells: true });
  expect(analyseLedger(pane).findings.map(rule)).toEqual(cli);
  expect(cli.filter((f) => f.startsWith("活动台账!D7"))).toEqual(["活动台账!D7 value.formula-typed"]);
});
