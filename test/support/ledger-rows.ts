/**
 * Ledger rows typed by position, in the catalog's column order (`["领导小组", "成立……", "1", "个"]` for 组织保障): a test's
 * shorthand for rows as staff type them, with the headers taken from the one catalog (never a second list of headers).
 */
import { standardV1 } from "../../src/core";

const columnsOf = (sheet: string): readonly string[] => {
  const spec = standardV1.sheets.find((s) => s.kind === "ledger" && s.sheet === sheet);
  if (!spec || spec.kind !== "ledger") throw new Error(`no ledger named ${sheet}`);
  return spec.columns.map((c) => c.header);
};

/** Each sheet's rows as records by header (blank cells left out); throws for a sheet the catalog has not. */
export const ledgers = (l: Readonly<Record<string, readonly (string | undefined)[][]>>): Record<string, Record<string, string>[]> =>
  Object.fromEntries(Object.entries(l).map(([sheet, rs]) => {
    const headers = columnsOf(sheet);
    return [sheet, rs.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ""]).filter(([, v]) => v !== "")))];
  }));
