/** @jest-environment node */
/**
 * Fuzz (issue #5 §3), quick leg: 20 workbooks of ~1,000 adversarial values each through
 * validation, facts, narrative and the .docx writer. The heavy leg (100 workbooks, and a
 * LibreOffice conversion) is test/e2e/fuzz-docx.test.ts.
 */
import { report } from "./arbitraries";
import { docxRoundTrip, narrativeWorkbook } from "./docx-fuzz";

const DOCUMENTS = 20;

describe("narrative and .docx under fuzz", () => {
  let tested = 0;
  afterAll(() => report("narrative + .docx (quick)", tested, `${DOCUMENTS} documents`));

  // On a loaded 2-core machine (the whole suite in parallel) the 20 documents took 62 s: the timeout is time enough, not
  // a budget (speed is measured by `npm run bench`).
  it("summarises every workbook into a valid, re-readable .docx", async () => {
    for (let d = 0; d < DOCUMENTS; d++) {
      const { snapshot, values } = narrativeWorkbook(1_000, 5000 + d);
      const { documentXml } = await docxRoundTrip(snapshot);
      expect(documentXml).not.toMatch(/<w:fldSimple|<w:instrText|<w:fldChar/);
      tested += values;
    }
  }, 120_000);
});
