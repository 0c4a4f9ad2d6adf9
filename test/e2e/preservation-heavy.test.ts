/** @jest-environment node */
/** The data preservation proofs (test/preservation.test.ts) with 25 random workbooks per property. */
process.env.PRESERVATION_RUNS = "25";
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("../preservation.test");
