/** @jest-environment node */
/**
 * E2E: a summary written by the docx adapter, rendered by LibreOffice (scripts/render-docx.sh with
 * ../shared/render/fonts.conf), must give a PDF whose text holds the Chinese title, body and the
 * `— 1 —` page numbers (no tofu: pdftotext only finds what was drawn with real glyphs).
 * Output stays in test-results/docx-render/ (gitignored) for a look at page-1.png.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gbLayout, type Block, type DocumentModel } from "../../src/core/document/model";
import { writeDocx } from "../../src/adapters/docx/write-docx";

const ROOT = resolve(__dirname, "../..");
const OUT = join(ROOT, "test-results", "docx-render");

const TITLE = "幸福社区2023年上半年创建文明城市工作总结";
const BODY = "今年以来，我社区坚持以习近平新时代中国特色社会主义思想为指导，开展志愿服务活动12场，志愿者552人参与。";

/** Sections long enough for two pages, so both the odd and the even footer are drawn. */
function blocks(): Block[] {
  const out: Block[] = [{ kind: "paragraph", runs: [{ text: BODY }] }];
  const headings = ["一、加强组织领导，压实创建责任", "二、深化环境整治，提升城市品质", "三、强化宣传教育，营造浓厚氛围"];
  headings.forEach((h, i) => {
    out.push({ kind: "heading", level: 1, text: h });
    out.push({ kind: "heading", level: 2, text: `（${"一二三"[i]}）健全工作机制` });
    for (let k = 0; k < 3; k++) {
      out.push({
        kind: "paragraph",
        runs: [
          { text: "一是", bold: true },
          { text: `召开创建工作推进会4次，出动巡查人员14800人次，整治问题${30 + k}宗，整改率达100%；` },
          { text: "二是", bold: true },
          { text: "设置公益广告80块、宣传栏120余面，发放“文明家庭”倡议书2000余份，群众知晓率明显提高。" },
        ],
      });
    }
  });
  out.push({ kind: "table", caption: "附表 主要指标汇总", header: ["指标", "数量", "单位"], rows: [["公益广告", "80", "块"], ["志愿者", "552", "人"]] });
  return out;
}

const model: DocumentModel = {
  title: TITLE,
  blocks: blocks(),
  signOff: { unit: "幸福社区居民委员会", date: "2023年8月3日" },
  layout: gbLayout,
  meta: { creator: "e2e" },
};

let pngs: string[];
let text: string;
let pages: number;
let fonts: string;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const docx = join(OUT, "summary.docx");
  writeFileSync(docx, await writeDocx(model));
  const stdout = execFileSync("bash", [join(ROOT, "scripts/render-docx.sh"), docx, OUT], { encoding: "utf8" });
  pngs = stdout.split("\n").filter((l) => l.endsWith(".png"));
  const pdf = join(OUT, "summary.pdf");
  text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
  pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
});

test("LibreOffice renders A4 pages and one PNG per page", () => {
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pngs).toHaveLength(pages);
});

test("the Chinese title and body text are drawn (no missing glyphs)", () => {
  const flat = text.replace(/\s+/g, "");
  expect(flat).toContain(TITLE);
  expect(flat).toContain(BODY);
  expect(flat).toContain("一、加强组织领导，压实创建责任");
  expect(flat).toContain("2023年8月3日");
  expect(text).not.toMatch(/\uFFFD/);
});

test("CJK text is set in the CJK faces fonts.conf maps to (serif for 仿宋, sans for 黑体), not a fallback", () => {
  const names = fonts.split("\n").slice(2).map((l) => l.split(/\s+/)[0]).filter(Boolean);
  expect(names.some((n) => /NotoSerifCJK/.test(n))).toBe(true);
  expect(names.some((n) => /NotoSansCJK/.test(n))).toBe(true);
  for (const n of names) expect(n).toMatch(/Noto(Serif|Sans)CJK|LiberationSerif|TimesNewRoman/);
});

test("page numbers — 1 — and — 2 —", () => {
  // pdftotext's spacing is a guess from glyph positions: accept any whitespace around the number.
  expect(text).toMatch(/\u2014\s*1\s*\u2014/);
  expect(text).toMatch(/\u2014\s*2\s*\u2014/);
});
