/** @jest-environment node */
/**
 * New-user test 69 (docs/new-user-test-pane-69.md) D14: with names opted in (`--names`), one person's honour names them
 * before the verb, `刘芳同志获评“全省人社系统窗口服务标兵”`, never `1人获评“…”（刘芳）`; several keep the count and the names
 * after the title.
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

async function namedText(content: WorkbookContent): Promise<string> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return documentText(summarize(analysis, standardV1, { includeNames: true, today: 46030 }).document);
}

const bureau = (honours: NonNullable<WorkbookContent["ledgers"]>["先进典型"]): WorkbookContent => ({
  profile: { 单位名称: "青川县人力资源和社会保障局", 单位简称: "县人社局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
  ledgers: { 先进典型: honours },
});

describe("new-user test 69, D14: a named person's honour with --names", () => {
  test("one person: named before the verb", async () => {
    const text = await namedText(bureau([{ 荣誉名称: "全省人社系统窗口服务标兵", 级别: "省", 人数: 1, 姓名: "刘芳" }]));
    expect(text).toContain("刘芳同志获评“全省人社系统窗口服务标兵”");
    expect(text).not.toContain("（刘芳）");
  });
  test("two people: the count, the names after the title", async () => {
    const text = await namedText(bureau([{ 荣誉名称: "全省人社系统窗口服务标兵", 级别: "省", 人数: 2, 姓名: "刘芳、陈志强" }]));
    expect(text).toContain("2人获评“全省人社系统窗口服务标兵”（刘芳、陈志强）");
  });
});
