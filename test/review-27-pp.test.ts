/**
 * Review of run 27 (docs/reviews/run-27-f5d7a19-tester50-reviewer-AQ.md) and new-user test 50 (docs/new-user-test-pane-50.md):
 * staff's free text in 文字材料 given its written register.
 * - 材料1 item 10, 材料5 item 5, 材料6 (存在不足) and D11: a 不足 typed as talk (`还不够好`, `还有个别业主把电瓶拎回家充电`,
 *   a bare fragment `高峰期等候时间长`) is said in written words; talk with no written form stays left out.
 * - 材料1 item 9 (落实情况): a completion said as talk (`已全部清完`) is said in written words; `顺利迎接了市里检查` too.
 */
import { spokenSentences, writtenRemark } from "../src/core/facts/remark";
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

async function findingsOf(content: WorkbookContent, rule: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);
}

const unit = { 单位名称: "阳光小区物业服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" };

it("材料1 item 10, 材料5 item 5, D11: 存在不足 typed as talk is said in written words", async () => {
  const text = await summaryTextOf({
    profile: unit,
    ledgers: {
      文字材料: [
        { 类型: "存在不足", 内容: "个别医务人员服务态度还不够好，患者有投诉 这个要抓" },
        { 类型: "存在不足", 内容: "还有个别业主把电瓶拎回家充电" },
        { 类型: "存在不足", 内容: "高峰期等候时间长" },
        { 类型: "存在不足", 内容: "部分村人居环境整治反弹，石门村还有乱搭乱建" },
        { 类型: "存在不足", 内容: "志愿者队伍年龄偏大" },
      ],
    },
  });
  expect(text).toContain(
    "一是个别医务人员服务态度有待提升，患者时有投诉；二是仍有个别业主将电动车电池带回家中充电；三是高峰期等候时间较长，有待进一步改进；四是部分村人居环境整治反弹，石门村仍有乱搭乱建；五是志愿者队伍年龄偏大。",
  );
});

it("D11: what has no written form (`这个要抓`) is left out with a 提示 that names the cell and what is printed", async () => {
  expect(await findingsOf({ profile: unit, ledgers: { 文字材料: [{ 类型: "存在不足", 内容: "个别医务人员服务态度还不够好，患者有投诉 这个要抓" }] } }, "text.spoken")).toEqual([
    "文字材料!B3 内容中“这个要抓”是口语说法，总结不写这部分，这一句只写“个别医务人员服务态度有待提升，患者时有投诉”；请改写成书面表述。",
  ]);
});

it("the class of spoken 不足 is said in written words; written 不足 stays as typed", () => {
  const w = (t: string): string => writtenRemark(t, "存在不足");
  expect(w("部分商户老是占道经营")).toBe("部分商户时常占道经营");
  expect(w("经常有人乱扔垃圾")).toBe("时常有人乱扔垃圾");
  expect(w("居民参与积极性不太高")).toBe("居民参与积极性有待提升");
  expect(w("宣传效果还不行")).toBe("宣传效果有待提升");
  expect(w("宣传力度不够")).toBe("宣传力度仍显不足");
  expect(w("问题还是有")).toBe("问题仍然存在");
  expect(w("基层卫生院创文工作不平衡")).toBe("基层卫生院创文工作不平衡");
  expect(w("违章搭建尚有6处未拆除，拆除难度较大")).toBe("违章搭建尚有6处未拆除，拆除难度较大");
  expect(w("老旧小区停车难问题仍较突出")).toBe("老旧小区停车难问题仍较突出");
  expect(w("还有待加强")).toBe("还有待加强");
  expect(w("周末人多的时候，阅览室还是有人大声打电话、占座。")).toBe("周末人流较多时，阅览室仍有人大声打电话、占座。");
  // 还有 is 仍有 only in a 不足: in a 导语 it may be `also`.
  expect(writtenRemark("社区还有3支志愿服务队", "导语")).toBe("社区还有3支志愿服务队");
  expect(spokenSentences("这个要抓", "存在不足").kept).toBe("");
});

it("材料1 item 9, test 49/50: 落实情况 said as talk is said in written words", async () => {
  const text = await summaryTextOf({
    profile: unit,
    ledgers: {
      文字材料: [
        { 类型: "上期打算", 内容: "6月底前清完楼道堆物", 落实情况: "已全部清完" },
        { 类型: "上期打算", 内容: "做好人居环境整治", 落实情况: "已完成，顺利迎接了市里检查" },
      ],
    },
  });
  expect(text).toContain("已全部清理完毕");
  expect(text).toContain("顺利迎接市级检查");
  const w = (t: string): string => writtenRemark(t, "落实情况");
  expect(w("都改了")).toBe("均已整改");
  expect(w("已经弄完了")).toBe("已经完成");
  expect(w("全部搞定")).toBe("全部完成");
  expect(w("问题都改完了")).toBe("问题均已整改");
});

it("材料4 item 2: a meeting typed with what it studied is held so many times, its purpose after the count", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县图书馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: { 组织保障: [{ 事项类型: "工作会议", 名称或内容: "馆务会研究创文", 数量: 3, 单位: "次" }] },
  });
  expect(text).toContain("召开馆务会3次，专题研究创文工作。");
});

it("材料1 items 1–2: a group's members in brackets are said as who forms it; a bare practice of duties takes 制度", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "阳光小区物业服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "小区创文工作小组（业委会+物业）", 日期: "2025-03-01" },
        { 事项类型: "工作机制", 名称或内容: "楼栋长包楼" },
      ],
    },
  });
  expect(text).toContain("一是健全机构。我中心于3月1日成立由业委会和物业组成的小区创文工作小组。");
  expect(text).toContain("二是压实责任。建立楼栋长包楼制度。");
});

it("材料6 item 4, test 50 D10: the 工作亮点's exchange said in written words is kept; only `效果很好` is left out", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城关镇人民政府", 单位类型: "乡镇", 报告年度: 2025, 报告期: "年度" },
    ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: "柳塘村推行“积分超市”，村民参与环境整治可以换东西，效果很好" }] },
  });
  expect(text).toContain("柳塘村推行“积分超市”，村民参与环境整治可兑换物品。");
  expect(text).not.toContain("效果很好");
});
