/** @jest-environment node */
/**
 * E2E: `npm run demo` and the `campaign-ledger` bin as a user runs them, and the demo .docx rendered
 * by LibreOffice: every figure of the reference summary is drawn with real glyphs (pdftotext finds it).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const OUT = join(ROOT, "test-results", "demo-render");
const docxName = "幸福里社区居委会-2023年上半年-工作总结.docx";

describe("npm run demo", () => {
  let stdout: string;
  beforeAll(() => {
    rmSync(join(ROOT, "out", docxName), { force: true });
    stdout = execFileSync("npm", ["run", "--silent", "demo"], { cwd: ROOT, encoding: "utf8" });
  });

  it("writes out/<单位名称>-<报告年度>年<报告期>-工作总结.docx and prints the narrative", () => {
    expect(readdirSync(join(ROOT, "out"))).toContain(docxName);
    expect(stdout).toContain("幸福里社区居委会2023年上半年创建文明城市工作总结");
    expect(stdout).toContain("注册志愿者550余人"); // v2 rule 4: 552多 is written 550余
  });

  it("renders through LibreOffice with every figure drawn", () => {
    mkdirSync(OUT, { recursive: true });
    const pngs = execFileSync("bash", [join(ROOT, "scripts/render-docx.sh"), join(ROOT, "out", docxName), OUT], { encoding: "utf8" })
      .trim()
      .split("\n");
    expect(pngs.length).toBeGreaterThanOrEqual(3);
    const pdf = join(OUT, docxName.replace(/\.docx$/u, ".pdf"));
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/gu, "");
    for (const f of ["550余人", "与7家单位", "保洁员12人", "垃圾桶70余个", "清运机动车辆1辆", "300余份", "4万余元", "道旗120余面", "宣传栏15块", "公益广告80余块", "楼栋好人6人", "社区好人6人", "12期道德讲堂", "—1—", "—2—", "2023年7月5日"]) {
      expect(text).toContain(f);
    }
    const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
    expect(fonts).toMatch(/NotoSerifCJK/u);
    expect(fonts).toMatch(/NotoSansCJK/u);
  });
});

describe("campaign-ledger bin", () => {
  it("runs through npx in the project root", () => {
    const out = execFileSync("npx", ["campaign-ledger", "check", join(ROOT, "samples", "community-2023-h1.xlsx")], { cwd: ROOT, encoding: "utf8" });
    // The sample's one 提示: the low registration rate its 存在的不足 adds from the data (new-user test 69, D10).
    expect(out.trim()).toMatch(/^提示 志愿服务!C3 \[text\.inferred-shortcoming\] [^\n]+\n共0个错误、1个提示。$/u);
  });

  it("exits 2 with one line for an unreadable file", () => {
    let status = 0;
    let stderr = "";
    try {
      execFileSync("npx", ["campaign-ledger", "check", join(ROOT, "package.json")], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = String((e as { stderr: string }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});
