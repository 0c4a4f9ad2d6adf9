/**
 * docs/narrative-quality.md run 30 (reviewer AT), figures and how they are said: 材料1 item 6 and 材料4 item 4 (a 余 part
 * summed with exact ones: since new-user test 66, D4, by its lower bound at two significant digits, `140余次` for 百余 + 40), 材料7 items 4, 1 and 2, 材料8 items 4 and 5,
 * 材料5 item 4.
 */
import { analyseLedger, comparisonFor, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

/** The summary with its 附表, compared with the 上期指标 it holds (as `summarize` does), exported on a fixed day. */
async function withAppendix(content: WorkbookContent): Promise<string> {
  const analysis = analyseLedger(await readWorkbook(await writeWorkbook(standardV1, content)));
  const compared = comparisonFor(analysis);
  return documentText(summarize(analysis, standardV1, { includeNames: false, today: 46030, appendix: true, ...(compared?.ok ? { comparison: compared.comparison } : {}) }).document);
}

const profile = { 单位名称: "县公共交通有限公司", 单位类型: "企业", 上级指导单位: "县文明办", 报告年度: "2025", 报告期: "上半年" } as const;

describe("材料1 item 6, 材料4 item 4: a 余 part beside exact ones is said by its lower bound at two significant digits (new-user test 66, D4)", () => {
  // New-user test 66, D4 (docs/new-user-test-pane-66.md): `100余次` for 百余 + 40 dropped the 40 the reader sees in the ledger;
  // the sum is said by its lower bound, `140余次`, never finer than that (`145余`-like figures stay out).
  it("百余 + 40 services are `140余次`, never `100余次`; 约600 + 160 hours stay `约760小时` (new-user test 52, D8)", async () => {
    const text = await withAppendix({
      profile,
      ledgers: {
        志愿服务: [
          { 队伍名称: "驾驶员学雷锋志愿服务队", 队伍类型: "专业志愿者", 注册人数: "35", 服务次数: "百余", "服务时长（小时）": "约600" },
          { 队伍名称: "党员先锋岗志愿服务队", 队伍类型: "党员志愿者", 注册人数: "18", 服务次数: "40", "服务时长（小时）": "160" },
        ],
      },
    });
    expect(text).toContain("累计开展志愿服务140余次，服务时长约760小时。");
    expect(text).not.toContain("100余次");
  });

  it("三百余 + 15 services are `310余次`; 两万余 + 600 hours stay `2万余小时`", async () => {
    const text = await summaryTextOf({
      profile: { ...profile, 单位名称: "共青团青山县委员会", 单位类型: "群团组织", 报告期: "全年" },
      ledgers: {
        志愿服务: [
          { 队伍名称: "青山县青年志愿者协会", 队伍类型: "青年志愿者", 注册人数: "1.2万", 服务次数: "三百余", "服务时长（小时）": "两万余" },
          { 队伍名称: "大学生暑期返家乡志愿服务队", 队伍类型: "青年志愿者", 注册人数: "120", 服务次数: "15", "服务时长（小时）": "600" },
        ],
      },
    });
    expect(text).toContain("累计开展志愿服务310余次，服务时长2万余小时。");
    expect(text).not.toContain("315余");
  });

  it("exact parts larger than the 余 part's scale keep 余 at that scale: 百余 + 250 registered are `300余人`; 50余 + 3 stays `50余`", async () => {
    const text = await summaryTextOf({
      profile,
      ledgers: {
        志愿服务: [
          { 队伍名称: "驾驶员学雷锋志愿服务队", 队伍类型: "专业志愿者", 注册人数: "百余", 服务次数: "50余" },
          { 队伍名称: "党员先锋岗志愿服务队", 队伍类型: "党员志愿者", 注册人数: "250", 服务次数: "3" },
        ],
      },
    });
    // The registered size keeps its finer rounding (it is told with its parts): only services and hours are at the scale.
    expect(text).toMatch(/注册志愿者(?:达)?350余人/u);
    expect(text).toContain("累计开展志愿服务50余次");
  });

  it("其他指标 rows of one name and activities' 参与 are summed by the same rule", async () => {
    const text = await withAppendix({
      profile,
      ledgers: {
        活动台账: [
          { 日期: "2025.3.5", 活动名称: "学雷锋志愿服务进站点", 活动类型: "志愿服务", 参与数量: "百余", 单位: "人次" },
          { 日期: "2025.4.5", 活动名称: "文明乘车引导", 活动类型: "志愿服务", 参与数量: "45", 单位: "人次" },
        ],
        其他指标: [
          { 板块: "环境整治", 指标名称: "清理车厢小广告", 数值: "百余", 单位: "张" },
          { 板块: "环境整治", 指标名称: "清理车厢小广告", 数值: "30", 单位: "张" },
        ],
      },
    });
    expect(text).toContain("清理车厢小广告130余张");
    expect(text).not.toContain("145余");
    // The parts listed right after mix a rough (百余) and an exact (45) figure: no subtotal before them (new-user test 61, D4);
    // the appendix keeps the total at its rough part's scale.
    expect(text).toContain("共开展2场志愿服务活动：3月5日开展“学雷锋志愿服务进站点”活动，服务旅客100余人次；4月5日开展“文明乘车引导”活动，参与45人次。");
    expect(text).not.toContain("参与100余人次：");
    expect(text).toContain("参与人数（志愿服务）\t140余\t人次");
    expect(text).toContain("　　清理车厢小广告130余张。");
  });
});

/** 金桂社区's 第四季度 as typed (材料7), with the 上期指标 开始下一期 left (第三季度). */
const jinguiQ4: WorkbookContent = {
  profile: { 单位名称: "金桂社区居委会", 单位简称: "金桂社区", 单位类型: "社区", 上级指导单位: "城关街道文明办", 报告年度: "2025", 报告期: "第四季度", 常住人口: "6,800", 户数: "2,150户" },
  ledgers: {
    组织保障: [{ 事项类型: "领导小组", 名称或内容: "社区创文领导小组", 数量: "1", 单位: "个" }],
    志愿服务: [{ 队伍名称: "金桂红志愿服务队", 队伍类型: "党员志愿者", 注册人数: "86", 服务次数: "二十", "服务时长（小时）": "约400", 主要服务内容: "楼道整治、垃圾分类督导、关爱独居老人" }],
    问题整改: [
      { 问题类别: "占道堆放", 发现数: "四十二", 已整改数: "40", 单位: "处", 责任单位: "各网格" },
      { 问题类别: "其他", 发现数: "18", 已整改数: "18", 单位: "处", 备注: "垃圾分类投放点不规范" },
    ],
    活动台账: [{ 日期: "2025.10.11", 活动名称: "垃圾分类积分兑换", 活动类型: "环境整治", 参与数量: "200", 单位: "人次", 地点: "社区广场" }],
    其他指标: [{ 板块: "环境整治", 指标名称: "网格员入户宣传垃圾分类", 数值: "2,150", 单位: "户", 频次: "每月1次" }],
  },
  extraSheets: [{
    name: "上期指标", title: "上期指标（2025年第三季度）",
    columns: [{ header: "项目" }, { header: "内容" }, { header: "" }, { header: "" }],
    rows: [["单位名称", "金桂社区居委会", null, null], ["报告年度", 2025, null, null], ["报告期", "第三季度", null, null], [null, null, null, null], ["指标", "数值", "单位", "约数"],
      ["志愿者注册人数", 86, "人", null], ["志愿服务时长", 300, "小时", null], ["活动场次", 2, "场", null], ["发现问题数", 50, "处", null], ["已整改数", 45, "处", null], ["总整改率", 90, "%", null]],
  }],
};

describe("材料7 (金桂社区, 第四季度)", () => {
  let text = "";
  beforeAll(async () => {
    text = await withAppendix(jinguiQ4);
  });

  it("item 4: a change from an approximate figure (约400 against 300) says its amount with 约, no share (run 32, AV 材料5 item 4), never `增长33%`", () => {
    // Joined to the sentence stating the hours (run 32, reviewer AV, 材料5 item 3).
    expect(text).toContain("服务时长约400小时，较上季度增加约100小时。");
    expect(text).toContain("志愿服务时长\t约400\t小时\t300\t增加约100小时\n");
    expect(text).not.toContain("增长33%");
  });

  it("item 1: with the 整改率's change told, the found and rectified counts' changes are left to the 附表", () => {
    expect(text).toContain("累计排查发现各类问题60处，已整改58处，整改率为96.7%，较上季度提高6.7个百分点。其中整治占道堆放40处，规范垃圾分类投放点18处。\n");
    expect(text).not.toContain("发现问题较上季度增加");
    expect(text).not.toContain("整改问题增加");
    expect(text).toContain("发现问题数\t60\t处\t50\t增加10处，增长20%\n");
  });

  it("item 2: a 户 figure equal to the unit's 户数 is said `实现2150户全覆盖`, never `累计覆盖2150户`", () => {
    expect(text).toContain("网格员坚持每月入户宣传垃圾分类1次，实现2150户全覆盖。");
    expect(text).not.toContain("累计覆盖2150户");
  });
});
