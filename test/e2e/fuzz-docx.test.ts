/** @jest-environment node */
/**
 * Fuzz (issue #5 §3), heavy leg: 100 workbooks of ~1,000 adversarial values each through
 * validation, facts, narrative and the .docx writer (every package re-read, every XML part
 * well-formed), and one of those documents converted by LibreOffice headless (it must accept it
 * and produce a PDF). Also: a file repaired by `upgrade` opens in LibreOffice Calc.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { report } from "../fuzz/arbitraries";
import { docxRoundTrip, narrativeWorkbook } from "../fuzz/docx-fuzz";
import { run } from "../../src/cli/main";

const ROOT = resolve(__dirname, "../..");
const OUT = join(ROOT, "test-results", "fuzz-docx");
const DOCUMENTS = 100;

function convert(file: string, to: string): string {
  const profile = join(OUT, "lo-profile");
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", OUT, file], { stdio: "pipe", timeout: 120_000 });
  return join(OUT, file.replace(/^.*\//, "").replace(/\.[^.]+$/, `.${to.split(":")[0]}`));
}

describe("narrative and .docx under fuzz (heavy)", () => {
  let tested = 0;
  beforeAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(() => report("narrative + .docx (heavy)", tested, `${DOCUMENTS} documents`));

  it("summarises 100 fuzzed workbooks into valid .docx packages; LibreOffice converts one", async () => {
    let kept: Uint8Array | undefined;
    for (let d = 0; d < DOCUMENTS; d++) {
      const { snapshot, values } = narrativeWorkbook(1_000, 9000 + d);
      const { bytes, documentXml } = await docxRoundTrip(snapshot);
      expect(documentXml).not.toMatch(/<w:fldSimple|<w:instrText|<w:fldChar/);
      if (d === 0) kept = bytes;
      tested += values;
    }
    const docx = join(OUT, "fuzzed.docx");
    writeFileSync(docx, kept as Uint8Array);
    const pdf = convert(docx, "pdf");
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(statSync(pdf).size).toBeGreaterThan(1000);
  }, 300_000);

  it("a workbook repaired by `upgrade` opens in LibreOffice Calc", async () => {
    const input = join(ROOT, "test", "fixtures", "upgrade-damaged.xlsx");
    const output = join(OUT, "repaired.xlsx");
    const code = await run(["upgrade", input, "-o", output], { out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    const ods = convert(output, "ods");
    expect(statSync(ods).size).toBeGreaterThan(1000);
  }, 180_000);
});
