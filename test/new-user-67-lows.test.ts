/** @jest-environment node */
/**
 * New-user test 67 (docs/new-user-test-pane-67.md) D12 and test 66 D13: households reached by an activity type
 * (`覆盖320户`) are no 参与人数 in the 附表: `覆盖户数（宣传教育）	470	户`, never `参与人数（宣传教育）	470	户`; people of the
 * same type keep their 参与人数 row.
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

async function appendixOf(content: WorkbookContent): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  const text = documentText(summarize(analysis, standardV1, { includeNames: false, today: 46030, appendix: true }).document);
  return text.slice(text.indexOf("附表：主要指标统计表")).split("\n");
}

const community = (rows: NonNullable<WorkbookContent["ledgers"]>["活动台账"]): WorkbookContent => ({
  profile: { 单位名称: "临溪县东门街道石榴园社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "第四季度" },
  ledgers: { 活动台账: rows },
});

describe("new-user test 67, D12: households are 覆盖户数 in the 附表", () => {
  test("a type counted in 户 alone", async () => {
    const lines = await appendixOf(community([
      { 日期: "2025-11-05", 活动名称: "反诈宣传进万家", 活动类型: "宣传教育", 参与数量: 320, 单位: "户" },
      { 日期: "2025-11-30", 活动名称: "垃圾分类入户指导", 活动类型: "宣传教育", 参与数量: 150, 单位: "户" },
    ]));
    expect(lines).toContain("覆盖户数（宣传教育）\t470\t户");
    expect(lines.some((l) => l.startsWith("参与人数（宣传教育）"))).toBe(false);
  });
  test("people and households of one type: a row each", async () => {
    const lines = await appendixOf(community([
      { 日期: "2025-11-05", 活动名称: "反诈宣传进万家", 活动类型: "宣传教育", 参与数量: 320, 单位: "户" },
      { 日期: "2025-11-12", 活动名称: "宪法宣传日讲座", 活动类型: "宣传教育", 参与数量: 60, 单位: "人" },
    ]));
    expect(lines).toContain("参与人数（宣传教育）\t60\t人");
    expect(lines).toContain("覆盖户数（宣传教育）\t320\t户");
  });
});

/**
 * New-user test 67, D6's left item: disputes the previous quarter left are 化解-ed, never `整改到位`:
 * `上期遗留矛盾纠纷2起，均已化解。`.
 */
describe("new-user test 67, D6 (left): carried disputes are settled, not rectified", () => {
  const quarter = (carried: number, settled: number): WorkbookContent => ({
    profile: { 单位名称: "临溪县东门镇司法所", 单位类型: "机关部门", 上级指导单位: "临溪县司法局", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 21, 已整改数: 20, 单位: "起", 责任单位: "司法所", 备注: "矛盾纠纷" },
        { 问题类别: "其他", 发现数: carried, 已整改数: settled, 单位: "起", 责任单位: "司法所", 备注: "矛盾纠纷", 来源: "上期遗留" },
      ],
    },
  });
  const textOf = async (content: WorkbookContent): Promise<string> => {
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
    return documentText(summarize(analysis, standardV1, { includeNames: false, today: 45900 }).document);
  };
  test("all settled", async () => {
    const text = await textOf(quarter(2, 2));
    expect(text).toContain("上期遗留矛盾纠纷2起，均已化解。");
    expect(text).not.toContain("均已整改到位");
  });
  test("some settled", async () => {
    const text = await textOf(quarter(3, 2));
    expect(text).toContain("上期遗留矛盾纠纷3起，已化解2起。");
    expect(text).toContain("上期遗留的矛盾纠纷尚有1起未化解，化解工作仍需加快。");
  });
});
