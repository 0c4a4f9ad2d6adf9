/**
 * Run 29 of the editor review (docs/narrative-quality.md): the texts of new-user tests 54 and 55's own workbooks,
 * summarised again after their fixes. Each test names the item it answers.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { summaryTextOf } from "./support/summaries";
import { ledgers } from "./support/ledger-rows";
import { court as courtAsTyped } from "./support/court-2024";


const court = {
  ...courtAsTyped,
  ledgers: {
    ...courtAsTyped.ledgers,
    ...ledgers({ 文字材料: [
      ["导语", "2024年，县法院坚持以习近平新时代中国特色社会主义思想为指导，把文明创建融入审判执行工作"],
      ["工作亮点", "诉讼服务窗口推行一站式服务，群众满意度高"],
    ] }),
  },
};

it("court: the unit's counted service (窗口接待, 网上立案) goes beside its 文明服务 point when a 导语 leaves the opening no room", async () => {
  const text = await summaryTextOf(court);
  expect(text).toContain("二是文明服务。10月10日开展“诉讼服务窗口文明服务培训”，参与45人。诉讼服务窗口接待群众达1.2万人次，网上立案3600件。\n");
  expect(text).not.toContain("此外，诉讼服务窗口");
  expect(text.match(/网上立案/gu)?.length).toBe(1);
});

it("market: a day the name gives by its date (`“3·15”消费维权宣传`) dated two months off is a 提示 at the 日期; near it, or a distance in 公里, none", async () => {
  const content = {
    profile: { 单位名称: "城东农贸市场管理有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: ledgers({
      活动台账: [
        ["2025.5.15", "“3·15”消费维权宣传", "宣传教育", "120", "人次", "市场门口"],
        ["2025.3.14", "3.15消费者权益日咨询", "宣传教育", "80", "人次"],
        ["2025.6.1", "2.5公里健步走", "文体活动", "60", "人"],
        ["2025.3.1", "八一走访慰问退役军人", "关爱帮扶", "12", "户"],
        ["2025.6.1", "六一关爱留守儿童", "关爱帮扶", "30", "人"],
      ],
    }),
  };
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  expect(analysis.findings.filter((f) => f.rule === "activity.festival-date").map((f) => `${f.cell} ${f.message}`)).toEqual([
    "A3 “‘3·15’消费维权宣传”的日期2025年5月15日离3·15（2025年3月15日）较远，请核对日期或年份。",
    "A6 “八一走访慰问退役军人”的日期2025年3月1日离八一（2025年8月1日）较远，请核对日期或年份。",
  ]);
});
