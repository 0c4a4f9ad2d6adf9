/**
 * Roll-ups made in tests through the CLI, as a user makes them.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../../src/core";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../../src/adapters/xlsx/content";
import { cli } from "./cli";

export type Ledgers = Record<string, Record<string, SeedValue>[]>;

/**
 * The CLI's roll-up of units made here (2025 上半年, each `[单位名称, 单位类型, ledgers]`) into `unit` of `type`,
 * and the summary text of the combined workbook (`summarize … --text -`, with `extra` options such as --appendix).
 * @throws Error when the roll-up fails (its stderr as the message).
 */
export async function rolledUpText(unit: string, type: string, units: readonly (readonly [string, string, Ledgers])[], ...extra: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "nu-rollup-"));
  const files = await Promise.all(units.map(async ([name, unitType, ledgers], i) => {
    const file = join(dir, `${i}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 单位名称: name, 单位类型: unitType, 报告年度: 2025, 报告期: "上半年" }, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, "--unit", unit, "--type", type);
  if (rolled.code !== 0) throw new Error(rolled.err);
  return (await cli("summarize", out, "-o", dir, ...extra, "--text", "-")).out;
}
