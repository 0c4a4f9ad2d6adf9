/** @jest-environment node */
/**
 * New-user test 54 (docs/new-user-test-pane-54.md), engineer bf: D21 (网页版 汇总 counted the combining unit's own ledger
 * as a unit until 汇总单位名称 was typed) and D7 rest (a verb-less 组织保障 其他 row printed as a bare point).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../src/adapters/xlsx";
import { zhCN } from "../src/taskpane/strings";
import { initialRollup, readFiles, rollupFiles, rollupReducer, rollupSummaryLine, rollupView, unitLine, type InputFile } from "../src/taskpane/state/rollup";

const DIR = join(__dirname, "../samples/rollup");
const file = (name: string, bytes: Uint8Array): InputFile => ({ name, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });

describe("D21: the 网页版 roll-up follows 汇总单位名称, typed before or after the files are picked", () => {
  const names = readdirSync(DIR).filter((n) => n.endsWith(".xlsx")).sort();
  const files = names.map((n) => file(n, readFileSync(join(DIR, n))));

  it("asks for the name before any count, then rolls up the files already read as the combining unit's own", async () => {
    const read = await readFiles(files, (b) => readWorkbook(b));
    const unnamed = rollupView(read, { name: "  " });
    expect(unnamed).toEqual({ type: "read/needs-name" });
    expect(rollupReducer(initialRollup, unnamed)).toEqual({ phase: "needsName" });

    const own = read.files[0].snapshot!.sheets.find((s) => s.name === "基本信息")!;
    const ownName = String(own.values.find((r) => r[0] === "单位名称")?.[1] ?? "");
    const named = rollupView(read, { name: ownName });
    expect(named.type).toBe("read/done");
    const result = named.type === "read/done" ? named.result : undefined;
    expect(result && rollupSummaryLine(result, zhCN)).toBe("汇总 3 个单位，共 106 行；未汇总 0 个。");
    expect(result?.units.map((u) => [u.label, u.status, u.reason ?? ""])).toEqual([
      ["donghu-2023-h1.xlsx", "own", "汇总单位自己的工作，“填报单位”留空"],
      ["guangming-2023-h1.xlsx", "included", ""],
      ["heping-2023-h1.xlsx", "included", ""],
      ["xingfuli-2023-h1.xlsx", "included", ""],
    ]);
    expect(result && unitLine(result.units[0], result.readErrors, zhCN)).toBe("东湖社区居委会（donghu-2023-h1.xlsx）：14 行，0 个错误，5 个提示");
    expect(ownName).toBe("东湖社区居委会");
    // Another name first (the files read once): all four are units; the name corrected, the same files give the own ledger.
    const other = rollupView(read, { name: "城南街道办事处" });
    expect(other.type === "read/done" && rollupSummaryLine(other.result, zhCN)).toBe("汇总 4 个单位，共 106 行；未汇总 0 个。");
    // The same as picking the files after typing the name.
    const after = await rollupFiles(files, (b) => readWorkbook(b), { name: ownName });
    expect(after.units).toEqual(result?.units);
  });
});
