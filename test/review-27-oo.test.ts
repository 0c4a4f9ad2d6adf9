/**
 * Run-27 review (docs/reviews/run-27-f5d7a19-tester50-reviewer-AQ.md) of new-user test 50's six workbooks:
 * 材料6 item 1 and 材料1 item 5 (the ledger label 其他 printed as the problem), 材料1 item 8, 材料3 items 1/9, 材料4 item 6
 * (things told under the wrong section), 材料1 item 3, 材料5 item 1, 材料3 items 4/7 (headings and subheads), 材料4 item 1
 * (a 导语 whose only figure is a small spend).
 */
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { analyzeWorkbook, standardV1 } from "../src/core";
import { summaryTextOf } from "./support/summaries";

async function findingsOf(content: WorkbookContent, rule: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);
}

const estate = { 单位名称: "阳光小区物业服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "月度", 起始日期: "2025-06-01", 截止日期: "2025-06-30" };
const town = { 单位名称: "城关镇人民政府", 单位类型: "乡镇（街道）", 报告年度: 2025, 报告期: "年度" };

describe("材料1 item 5, 材料6 item 1: a 其他 row is named from its 备注 in written words", () => {
  it("`楼下有人乱扔垃圾 网格员说的` → 乱扔垃圾问题", async () => {
    const text = await summaryTextOf({
      profile: estate,
      ledgers: {
        问题整改: [
          { 问题类别: "其他", 发现数: 7, 已整改数: 7, 单位: "处", 备注: "楼下有人乱扔垃圾 网格员说的" },
          { 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" },
        ],
      },
    });
    expect(text).toContain("乱扔垃圾问题7处");
    expect(text).not.toContain("其他问题");
  });

  it("`村民说院子里鸡鸭乱跑` → 畜禽散养问题, in the section and in 不足", async () => {
    const text = await summaryTextOf({
      profile: town,
      ledgers: {
        问题整改: [
          { 问题类别: "卫生死角", 发现数: 460, 已整改数: 452, 单位: "处" },
          { 问题类别: "其他", 发现数: 56, 已整改数: 50, 单位: "户", 备注: "村民说院子里鸡鸭乱跑" },
        ],
      },
    });
    expect(text).toContain("畜禽散养56户，已整改50户");
    expect(text).toContain("畜禽散养56户中尚有6户未整改到位");
    expect(text).not.toContain("其他问题");
  });

  it("other spoken names of common problems: `有人家里养鸡鸭`, `那边老是有人乱倒垃圾`", async () => {
    const text = await summaryTextOf({
      profile: town,
      ledgers: {
        问题整改: [
          { 问题类别: "卫生死角", 发现数: 40, 已整改数: 40, 单位: "处" },
          { 问题类别: "其他", 发现数: 9, 已整改数: 9, 单位: "处", 备注: "那边老是有人乱倒垃圾" },
        ],
      },
    });
    expect(text).toContain("乱倒垃圾问题9处");
    expect(text).not.toContain("其他问题");
  });

  it("check says which written name the summary gave the spoken 备注", async () => {
    const found = await findingsOf({ profile: town, ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 56, 已整改数: 50, 单位: "户", 备注: "村民说院子里鸡鸭乱跑" }] } }, "rect.spoken-remark");
    expect(found).toEqual(["问题整改!I3 “备注”中“村民说院子里鸡鸭乱跑”是口语，总结按书面语写作“畜禽散养问题”；如不确切，请在备注中写明问题名称。"]);
  });
});
