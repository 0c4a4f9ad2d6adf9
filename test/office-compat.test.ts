/** @jest-environment node */
/**
 * docs/office-compatibility.md and the calls above the baseline (issue #15 item 3): every
 * Office.js member the adapters call (the interfaces of src/adapters/excel/types.ts and
 * src/adapters/word/types.ts, plus src/adapters/office-members.ts EXTRA_MEMBERS) is looked up in
 * @types/office-js by scripts/office-apisets.js; one above the declared baseline must be listed as
 * feature-checked, and the generated table in the doc must be current
 * (`UPDATE_OFFICE_DOC=1 npx jest test/office-compat` rewrites it).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { EXCEL_BASELINE, EXTRA_MEMBERS, FEATURE_CHECKED, INTERFACE_CLASSES, NOT_OFFICE_INTERFACES, WORD_BASELINE } from "../src/adapters/office-members";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { apiSets, compareVersion, DTS } = require("../scripts/office-apisets.js") as { apiSets: (t: string) => Map<string, string>; compareVersion: (a: string, b: string) => number; DTS: string };

const ROOT = join(__dirname, "..");
const DOC = join(ROOT, "docs/office-compatibility.md");
const BEGIN = "<!-- generated: office-members (test/office-compat.test.ts) -->";
const END = "<!-- end generated -->";

/** Interface name → member names, from a TypeScript source file. */
function interfaceMembers(file: string): Map<string, string[]> {
  const src = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const out = new Map<string, string[]>();
  src.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const names = node.members.map((m) => (m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) ? m.name.text : "")).filter((n) => n && n !== "load");
    out.set(node.name.text, names);
  });
  return out;
}

const sets = apiSets(readFileSync(DTS, "utf8"));
const interfaces = new Map([...interfaceMembers(join(ROOT, "src/adapters/excel/types.ts")), ...interfaceMembers(join(ROOT, "src/adapters/word/types.ts"))]);
const members = [...new Set([...[...interfaces].flatMap(([i, names]) => (INTERFACE_CLASSES[i] ? names.map((n) => `${INTERFACE_CLASSES[i]}.${n}`) : [])), ...EXTRA_MEMBERS])].sort();

/** The set tag of a member ("ExcelApi 1.8"), "" without a tag, undefined when @types/office-js has no such member. */
const setOf = (m: string): string | undefined => sets.get(m);
const versionOf = (tag: string) => /(\d+\.\d+)/.exec(tag)?.[1];
const baselineOf = (m: string) => (m.startsWith("Word.") ? WORD_BASELINE : EXCEL_BASELINE);
const aboveBaseline = (m: string) => {
  const v = versionOf(setOf(m) ?? "");
  return !!v && compareVersion(v, baselineOf(m)) > 0;
};
const checkedBy = (m: string) => FEATURE_CHECKED[m] ?? FEATURE_CHECKED[`${m.slice(0, m.lastIndexOf("."))}.*`];

function table(): string {
  const rows = members.map((m) => {
    const tag = setOf(m);
    const shown = tag === undefined ? "(not in @types/office-js: common API)" : tag || "(no tag)";
    return `| \`${m}\` | ${shown} | ${aboveBaseline(m) ? `above: ${checkedBy(m) ?? "**NOT CHECKED**"}` : checkedBy(m) ?? "—"} |`;
  });
  return [BEGIN, "", "| Member | Requirement set (@types/office-js) | Above the baseline? Feature check |", "|---|---|---|", ...rows, "", END].join("\n");
}

describe("Office.js members the adapters call", () => {
  it("every adapter interface is mapped to its Office.js class (or declared not to be one)", () => {
    const unmapped = [...interfaces.keys()].filter((i) => !INTERFACE_CLASSES[i] && !NOT_OFFICE_INTERFACES.includes(i));
    expect(unmapped).toEqual([]);
  });

  it("no call above the baseline (ExcelApi 1.7, WordApi 1.1) goes without a feature check", () => {
    expect(members.filter((m) => aboveBaseline(m) && !checkedBy(m))).toEqual([]);
    expect(members.length).toBeGreaterThan(80);
  });

  it("docs/office-compatibility.md holds the current table", () => {
    const doc = readFileSync(DOC, "utf8");
    const start = doc.indexOf(BEGIN);
    const end = doc.indexOf(END);
    expect(start).toBeGreaterThan(0);
    const current = doc.slice(start, end + END.length);
    if (process.env.UPDATE_OFFICE_DOC) writeFileSync(DOC, doc.slice(0, start) + table() + doc.slice(end + END.length));
    else expect(current).toBe(table());
  });
});

/** The in-scope items of issue #15, as the coverage table of the doc names them. */
const IN_SCOPE = [
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `§0 row ${n}`),
  ...["P1", "P2", "P5", "P6", "P7", "P8", "P10", "P11", "P14", "P15"],
  ...Array.from({ length: 13 }, (_, i) => `F${i + 1}`),
];

/** Rows of the coverage table: item (〃 resolved), test file, test name. */
function coverageRows(): { item: string; file: string; test: string }[] {
  const doc = readFileSync(DOC, "utf8");
  const begin = doc.indexOf("<!-- coverage: checked by test/office-compat.test.ts -->");
  const end = doc.indexOf("<!-- end coverage -->");
  expect(begin).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(begin);
  let item = "";
  return doc
    .slice(begin, end)
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| Item"))
    .map((l) => {
      const [cell, file, test] = l.slice(2, -2).split(" | ");
      if (cell !== "〃") item = cell.split(" — ")[0];
      return { item, file: file.replace(/`/g, ""), test };
    });
}

describe("docs/office-compatibility.md coverage table (issue #15)", () => {
  it("lists every in-scope item of the issue", () => {
    const items = new Set(coverageRows().map((r) => r.item));
    expect(IN_SCOPE.filter((i) => !items.has(i))).toEqual([]);
  });

  it("names only tests that exist, as it(\"…\") in the file given", () => {
    const rows = coverageRows();
    expect(rows.length).toBeGreaterThan(IN_SCOPE.length);
    const missing = rows.filter((r) => !readFileSync(join(ROOT, r.file), "utf8").includes(`it(${JSON.stringify(r.test)},`));
    expect(missing).toEqual([]);
  });
});

