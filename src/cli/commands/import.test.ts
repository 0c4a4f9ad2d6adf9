/** @jest-environment node */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import * as XLSX from "@e965/xlsx";
import { run } from "../main";

const CORPUS = join(__dirname, "..", "..", "..", "test", "import-corpus");
const dir = mkdtempSync(join(tmpdir(), "cl-import-"));
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}
const sha = (f: string): string => createHash("sha256").update(readFileSync(f)).digest("hex");
const profile = ["--unit", "幸福里社区居委会", "--type", "社区", "--year", "2023", "--period", "上半年"];

describe("campaign-ledger import", () => {
  it("writes a standard workbook that check passes, prints the mapping and the accounting, and leaves the source as it was", async () => {
    const src = join(dir, "旧台账.xlsx");
    copyFileSync(join(CORPUS, "ok.activity-list.xlsx"), src);
    const before = sha(src);
    const out = join(dir, "标准台账.xlsx");
    const r = await cli("import", src, "-o", out, ...profile, "--save-mapping", join(dir, "m.json"));
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain("旧台账.xlsx·活动开展 第1张表 A3:G9「幸福里社区2023年上半年创文活动台账」 → 活动台账");
    expect(r.out).toContain("    B 活动时间 → 日期（表头近义词，85%）");
    expect(r.out).toContain("活动开展!B4:B8 → 活动台账!A3:A7");
    expect(r.out).toContain("活动开展!A3:G3：表头");
    expect(r.out).toContain("活动开展!A9：合计行");
    expect(r.out).toContain("新台账：0个错误");
    expect(sha(src)).toBe(before);
    const check = await cli("check", out, "--json");
    expect(JSON.parse(check.out).findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
    const mapping = JSON.parse(readFileSync(join(dir, "m.json"), "utf8"));
    expect(mapping.sheets[0]).toMatchObject({ sheet: "活动开展", block: 1, kind: "活动台账", columns: { 序号: null, 活动时间: "日期", 参加人数: "参与数量" } });
    const again = await cli("import", join(CORPUS, "ok.activity-list-same-layout.xlsx"), "-o", join(dir, "二.xlsx"), ...profile, "--mapping", join(dir, "m.json"), "--json");
    expect(again.code).toBe(0);
    const json = JSON.parse(again.out);
    expect(json.proposal.blocks[0]).toMatchObject({ kind: "活动台账", confidence: 1 });
    expect(json.result.cells.length).toBe(31);
  });

  it("reads a GBK CSV", async () => {
    const r = await cli("import", join(CORPUS, "ok.platform-export-gbk.csv"), "-o", join(dir, "csv.xlsx"), ...profile);
    expect(r.code).toBe(0);
    expect(r.out).toContain("按GBK编码读取");
    expect(r.out).toContain("写入：活动台账 3行。");
  });

  it("reads an old .xls (BIFF8, through SheetJS) as it reads the same sheet saved as .xlsx", async () => {
    const xlsx = join(CORPUS, "ok.activity-list.xlsx");
    const book = XLSX.read(readFileSync(xlsx), { type: "buffer", cellDates: false, cellFormula: true });
    const xls = join(dir, "旧台账.xls");
    writeFileSync(xls, XLSX.write(book, { bookType: "biff8", type: "buffer" }) as Buffer);
    expect([...readFileSync(xls).subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const profile = ["--unit", "幸福里社区居委会", "--type", "社区", "--year", "2023", "--period", "上半年"];
    const fromXls = await cli("import", xls, "-o", join(dir, "from-xls.xlsx"), ...profile, "--json");
    const fromXlsx = await cli("import", xlsx, "-o", join(dir, "from-xlsx.xlsx"), ...profile, "--json");
    expect(fromXls.code).toBe(fromXlsx.code);
    const content = (out: string) => (JSON.parse(out) as { result: { content: unknown } }).result.content;
    expect(content(fromXls.out)).toEqual(content(fromXlsx.out));
    expect(fromXls.out).not.toContain("另存为");
  });

  it("exits 2 naming the missing option, and refuses .et and a file that is not .xls with what to do", async () => {
    const r = await cli("import", join(CORPUS, "ok.platform-export-gbk.csv"), "-o", join(dir, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("缺少单位名称（--unit）、单位类型（--type）");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
    writeFileSync(join(dir, "a.et"), "x");
    expect((await cli("import", join(dir, "a.et"), "-o", join(dir, "y.xlsx"))).err).toContain("WPS 表格文件（.et）");
    writeFileSync(join(dir, "a.xls"), "x");
    expect((await cli("import", join(dir, "a.xls"), "-o", join(dir, "y.xlsx"))).err).toContain("无法读作 Excel 97-2003 (.xls) 工作簿");
    expect((await cli("import", join(CORPUS, "ok.activity-list.xlsx"), "-o", join(dir, "y.xlsx"), "--type", "小区")).code).toBe(2);
  });
});
