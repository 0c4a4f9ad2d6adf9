/**
 * Preview mode of the Word pane (`taskpane.html?preview=1&host=word`): the two Word actions go
 * to the fake Word host (src/adapters/word/fake.ts), which records what would be sent. The fake
 * is exposed as `window.__campaignLedgerWord` for the e2e test. Loaded lazily.
 * @module
 */
import { createFakeWord, type FakeWord } from "../../adapters/word/fake";
import { createWordOps, type WordOps } from "./word-ops";

/** Word operations over a fresh fake Word host (every requirement set supported). */
export function createPreviewWordOps(): WordOps {
  const fake = createFakeWord();
  if (typeof window !== "undefined") (window as unknown as { __campaignLedgerWord?: FakeWord }).__campaignLedgerWord = fake;
  return createWordOps(fake.run, { insert: true, createDocument: true }, true);
}
