/**
 * New-user test 55 (docs/new-user-test-pane-55.md), figures said twice, honours and roll-up figures:
 * D5 (消费投诉 18起 and 18件 told twice; 火灾隐患 310处 of D2 restated), D6 (文明摊位 figures told by the honours and again by
 * the meeting's 简要内容), D12 (a 备注 naming the part of the unit that holds the honour), D13 (typed quotes doubled),
 * D16 (the approximate problem total rounded down), D14 (a roll-up's 其中 list without the street's own share).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";
import { rolledUpText } from "./support/rollup";

const market: WorkbookContent = {
  profile: { 单位名称: "城东农贸市场管理有限公司", 单位简称: "市场公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年", 起始日期: "2025-01-01", 截止日期: "2025-06-30" },
  ledgers: {
    先进典型: [
      { 荣誉名称: "文明摊位", 级别: "本单位", 类别: "诚实守信", 人数: "一百二十", 日期: "2025-06-10" },
      { 荣誉名称: "诚信经营户", 级别: "本单位", 类别: "诚实守信", 人数: "三十余", 日期: "2025-06-10" },
    ],
    问题整改: [
      { 问题类别: "占道经营", 发现数: "４５", 已整改数: 40, 单位: "处" },
      { 问题类别: "卫生死角", 发现数: "两千", 已整改数: "一千九百", 单位: "处" },
      { 问题类别: "其他", 发现数: 18, 已整改数: 18, 单位: "起", 备注: "消费投诉18起，全部办结" },
      { 问题类别: "乱张贴", 发现数: "百余", 已整改数: "百余", 单位: "处" },
    ],
    活动台账: [
      { 日期: "2025-06-10", 活动名称: "文明摊位评选表彰大会", 活动类型: "其他", 参与数量: "约150", 单位: "人", 地点: "市场广场", 简要内容: "评出120个文明摊位，30余户诚信经营户" },
    ],
    其他指标: [
      { 板块: "其他", 指标名称: "受理消费投诉", 数值: 18, 单位: "件" },
      { 板块: "其他", 指标名称: "消费投诉办结率", 数值: 100, 单位: "%" },
    ],
  },
};

const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);

describe("new-user test 55 (cc)", () => {
  it("D5: 受理消费投诉 18件 beside 其他 18起 (消费投诉) is told once, and check says so", async () => {
    const text = await summaryTextOf(market);
    expect(text.match(/消费投诉18[起件]/gu)).toEqual(["消费投诉18起"]);
    expect(await findingsOf(market, "figure.restates-row")).toEqual([
      "其他指标!C3 “受理消费投诉”18件与问题整改第5行记的是同一件事，总结只按问题整改第5行写一次；如确是两件事，请在本行备注中写明区别。",
      "其他指标!C4 “消费投诉办结率”100%与问题整改第5行记的是同一件事，总结只按问题整改第5行写一次；如确是两件事，请在本行备注中写明区别。",
    ]);
  });

  it("D5 (D2's figure): 督促整改火灾隐患 310处 beside 其他 火灾隐患 320/310处 is told once", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县消防救援大队", 单位简称: "大队", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第二季度", 起始日期: "2025-04-01", 截止日期: "2025-06-30" },
      ledgers: {
        问题整改: [{ 问题类别: "其他", 发现数: "三百二十", 已整改数: 310, 单位: "处", 责任单位: "防火监督科", 备注: "火灾隐患，多数是楼道堆放杂物和电动车飞线充电" }],
        其他指标: [
          { 板块: "其他", 指标名称: "检查单位", 数值: 156, 单位: "家" },
          { 板块: "其他", 指标名称: "督促整改火灾隐患", 数值: 310, 单位: "处" },
        ],
      },
    });
    expect(text.match(/火灾隐患\d+处/gu)?.filter((s) => s.endsWith("310处"))).toHaveLength(1);
  });

  it("D6: the meeting's 简要内容 that restates the honours' figures is left out of its sentence", async () => {
    const text = await summaryTextOf(market);
    expect(text).toContain("评出文明摊位120个和诚信经营户30余户");
    expect(text).toContain("召开文明摊位评选表彰大会，约150人参加。");
    expect(text.match(/120个文明摊位/gu)).toBeNull();
  });

  it("D16: 45 + 两千 + 百余 found is `2100余处`", async () => {
    const text = await summaryTextOf(market);
    expect(text).toMatch(/问题2100余处/u);
    expect(text).not.toMatch(/2140余/u);
  });

  const court = (honours: readonly Record<string, string | number>[]): WorkbookContent => ({
    profile: { 单位名称: "县人民法院", 单位类型: "机关部门", 报告年度: 2024, 报告期: "全年", 起始日期: "2024-01-01", 截止日期: "2024-12-31" },
    ledgers: { 先进典型: honours },
  });

  it("D12: a 备注 `立案庭获得` makes 立案庭 the holder of the honour, never the whole court", async () => {
    const text = await summaryTextOf(court([
      { 荣誉名称: "全国法院先进集体", 级别: "全国", 类别: "敬业奉献", 人数: 1, 日期: "2024-11-05", 备注: "立案庭获得" },
      { 荣誉名称: "市级文明单位", 级别: "市", 类别: "其他", 人数: 1, 日期: "2024-12-01" },
    ]));
    expect(text).toContain("立案庭获评“全国法院先进集体”");
    expect(text).not.toMatch(/我院(?:先后)?获评“全国法院先进集体”/u);
  });

  it("D13: a name typed with its quotes (`“最美法官”`) is quoted once", async () => {
    const text = await summaryTextOf(court([{ 荣誉名称: "“最美法官”", 级别: "市", 类别: "敬业奉献", 人数: 2, 姓名: "李明、赵红", 日期: "2024-09-01" }]));
    expect(text).toContain("2人获评市级“最美法官”");
    expect(text).not.toMatch(/““|””/u);
  });

  it("D14: a roll-up's 其中 list of 宣传经费 names the street's own 5万元 too", async () => {
    const text = await rolledUpText("桃源街道办事处", "街道", [
      ["桃源街道办事处", "街道", { 宣传投放: [{ 类型: "公益广告", 位置或内容: "街道主干道", 数量: 150, 单位: "块", 方式: "新设", "投入金额（元）": "5万" }] }],
      ["桃花社区居委会", "社区", { 宣传投放: [{ 类型: "公益广告", 位置或内容: "小区出入口", 数量: 40, 单位: "块", 方式: "新设", "投入金额（元）": 2000 }] }],
      ["竹园社区居委会", "社区", { 宣传投放: [{ 类型: "公益广告", 位置或内容: "小区", 数量: 25, 单位: "块", 方式: "新设", "投入金额（元）": 1500 }] }],
    ]);
    expect(text).toContain("投入宣传经费5.35万元，其中街道本级5万元、桃花社区2000元、竹园社区1500元。");
  });
});
