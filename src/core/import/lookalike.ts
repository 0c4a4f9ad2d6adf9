/**
 * Sheets of the user's own that look like a ledger (new-user test 4, D7): 生成或修复标准表 does not
 * touch them and their figures are in no summary until 导入已有台账 brings them in — the repair report
 * says so, naming each, instead of leaving the user to believe the ledger is complete.
 * @module
 */
import { standardV1, type Catalog } from "../catalog";
import type { WorkbookSnapshot } from "../grid";
import { importLedgers } from "./import-ledgers";

/** Below this confidence a table's kind is not claimed. */
const LIKELY = 0.6;

/**
 * One Chinese line per non-standard sheet whose table the importer recognises as a ledger (or a
 * 问题清单, 花名册 …) with some confidence, in sheet order; empty when there is none. The importer
 * runs on those sheets only, with placeholder profile options (nothing is written).
 */
export function ledgerLookalikes(snapshot: WorkbookSnapshot, catalog: Catalog = standardV1): readonly string[] {
  const standard = new Set([...catalog.sheets.map((s) => s.sheet), ...(catalog.previousPeriod ? [catalog.previousPeriod.sheet] : [])]);
  const own = snapshot.sheets.filter((g) => !standard.has(g.name.trim()) && g.visibility !== "veryHidden" && !g.name.startsWith("_") && g.values.length > 1);
  if (!own.length) return [];
  const { proposal } = importLedgers([{ label: "", snapshot: { sheets: own } }], { unitName: "—", unitType: "其他", year: 2000, period: "全年" }, catalog);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const b of proposal.blocks) {
    if (!b.kind || b.confidence < LIKELY || seen.has(b.sheet)) continue;
    seen.add(b.sheet);
    out.push(`工作表“${b.sheet}”像是本单位自己的${b.kind.endsWith("台账") || b.kind.endsWith("清单") || b.kind.endsWith("表") || b.kind.endsWith("册") ? b.kind : `${b.kind}台账`}：生成或修复标准表不会动它，其中的数据也不会写入总结；可用“导入已有台账”把它导入标准台账。`);
  }
  return out;
}
