/** Profiling aid: `node --cpu-prof build/bench/bench/profile-validation.js [rows]` runs validateWorkbook alone. */
import { standardV1, validateWorkbook } from "../src/core";
import { activityWorkbook } from "./ledger";

const rows = Number(process.argv[2] ?? 100_000);
const { snapshot } = activityWorkbook(rows, 0.01);
for (let i = 0; i < Number(process.argv[3] ?? 5); i++) {
  const t0 = performance.now();
  const n = validateWorkbook(snapshot, standardV1).findings.length;
  console.log(`${n} findings in ${(performance.now() - t0).toFixed(1)} ms`);
}
