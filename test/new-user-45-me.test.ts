/**
 * New-user test 45 (docs/new-user-test-pane-45.md), D22: `summarize … -o x.docx --text -` printed its status line
 * `已生成：…` as the first line of stdout, so a narrative piped into a file began with it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

const library = (): Parameters<typeof workbookFile>[0] => ({
  profile: { 单位名称: "区图书馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
  ledgers: { 活动台账: [{ 日期: "2025-04-23", 活动名称: "世界读书日阅读分享会", 活动类型: "文体活动", 参与数量: 80, 单位: "人" }] },
});

it("D22: with --text - stdout is the narrative alone; the status line goes to stderr", async () => {
  const target = join(mkdtempSync(join(tmpdir(), "cl-nu45-")), "区图书馆.docx");
  const out = await cli("summarize", await workbookFile(library()), "-o", target, "--text", "-", "--force");
  expect(out.out.split("\n")[0]).toBe("区图书馆2025年上半年创建文明城市工作总结");
  expect(out.out).not.toContain("已生成");
  expect(out.err).toContain(`已生成：${target}\n`);
  // Without --text - the status line stays on stdout (scripts read it there: test 37, D15).
  const plain = await cli("summarize", await workbookFile(library()), "-o", target, "--force");
  expect(plain.out).toBe(`已生成：${target}\n`);
});
