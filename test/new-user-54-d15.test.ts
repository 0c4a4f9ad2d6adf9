/**
 * New-user test 54 (docs/new-user-test-pane-54.md), D15: a town's `召开道德评议会` 48场 with 频次 `每季度1次` warned
 * `value.frequency-total` (about 4 in the year), though 组织保障 counts `道德评议会` 12个: each of the 12 meets once a quarter.
 * A 其他指标 row that names a body 组织保障 counts gives each body's 频次; a total that fits neither still warns.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

const findingsOf = async (content: WorkbookContent): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === "value.frequency-total").map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const town = (total: number, bodies: number): WorkbookContent => ({
  profile: { 单位名称: "青山镇人民政府", 单位类型: "乡镇", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年", 成文日期: "2025-12-30" },
  ledgers: {
    组织保障: [{ 事项类型: "其他", 名称或内容: "道德评议会", 数量: bodies, 单位: "个" }],
    其他指标: [{ 板块: "道德建设", 指标名称: "召开道德评议会", 数值: total, 单位: "场", 频次: "每季度1次" }],
  },
});

describe("D15: a 频次 of each body 组织保障 counts", () => {
  it("12 bodies × 4 quarters = 48: no warning", async () => {
    expect(await findingsOf(town(48, 12))).toEqual([]);
  });

  it("a total that fits neither one body nor all of them still warns", async () => {
    expect(await findingsOf(town(30, 12))).toEqual([
      "其他指标!C3 频次“每季度1次”在报告期（约12个月）内约为4场，与填写的30场不符，总结只写累计的30场，不写频次；请核对频次或数量。",
    ]);
  });

  it("one body: still judged as one", async () => {
    expect(await findingsOf(town(48, 1))).toHaveLength(1);
  });
});
