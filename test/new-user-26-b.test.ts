/**
 * New-user test 26 (docs/new-user-test-pane-26.md), checks of src/core/validate and their effect on the text: D3, D22,
 * D24, D26, D28, each as the tester typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const act = (日期: string, 活动名称: string, 活动类型: string, 参与数量: number, 单位 = "人", 备注?: string): Record<string, string | number> => ({
  日期, 活动名称, 活动类型, 参与数量, 单位, ...(备注 ? { 备注 } : {}),
});

it("D3: 1200000人次 for one clean-up of a 社区 of about 12,000 is a 提示 at 活动台账!D8, the text keeps the figure", async () => {
  const content = {
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 常住人口: "约1.2万" },
    ledgers: { 活动台账: [
      act("2025-01-08", "新春送福", "我们的节日", 80), act("2025-02-10", "文明劝导", "志愿服务", 30), act("2025-03-05", "学雷锋", "志愿服务", 40),
      act("2025-04-04", "清明祭英烈", "我们的节日", 60), act("2025-05-20", "道德讲堂", "道德讲堂", 50), act("2025-06-05", "环境日大扫除", "环境整治", 1200000, "人次"),
    ] },
  };
  const out = (await cli("check", await workbookFile(content))).out;
  expect(out).toContain("提示 活动台账!D8 [activity.turnout-implausible] “参与数量”为1200000人次，是常住人口约1.2万人的10倍以上，一场活动不大可能有这么多人参加，请核对是否多输了数字；总结会照此写出。");
  // Ten times the population is a clear margin: a row of 3000 (a quarter of the residents) is no slip.
  expect(out).not.toMatch(/活动台账!D[3-7] \[activity.turnout-implausible\]/u);
  expect(await summaryTextOf(content)).toContain("6月5日开展“环境日大扫除”活动，参与120万人次。");
});

it("D3: without a 常住人口 a 社区's ceiling applies; a 机关部门 has none (district-wide online campaigns)", async () => {
  const ledgers = { 活动台账: [act("2025-04-04", "网上祭英烈", "我们的节日", 1200000, "人次"), act("2025-05-04", "青年志愿服务", "志愿服务", 90000, "人次")] };
  const community = (await cli("check", await workbookFile({ profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" }, ledgers }))).out;
  expect(community).toContain("提示 活动台账!D3 [activity.turnout-implausible] “参与数量”为1200000人次，超过一个社区一场活动可能的人数（10万），请核对是否多输了数字；总结会照此写出。");
  expect(community).not.toContain("活动台账!D4 [activity.turnout-implausible]");
  const bureau = (await cli("check", await workbookFile({ profile: { 单位名称: "城南区文明办", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" }, ledgers }))).out;
  expect(bureau).not.toContain("activity.turnout-implausible");
});

it("D22: a volunteer team of 0 registered is a 提示 at 志愿服务!C3 (the spec keeps 注册人数 a plain count)", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "长青社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 志愿服务: [{ 队伍名称: "长青志愿队", 队伍类型: "综合志愿者", 注册人数: 0, 服务次数: 0, "服务时长（小时）": 0 }] },
  });
  expect((await cli("check", file)).out).toContain("提示 志愿服务!C3 [volunteer.zero-members] “长青志愿队”的注册人数为0，没有注册志愿者就还不是一支队伍：请填写实际注册人数；如队伍尚未组建，请删除这一行。");
});

it("D24: an activity row typed twice (same 日期, 名称, 类型, 人数; another 备注) is a 提示 at the later row", async () => {
  const content = {
    profile: { 单位名称: "红星村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 活动台账: [
      act("2025-01-29", "春节文艺汇演", "我们的节日", 120), act("2025-03-05", "学雷锋志愿服务", "志愿服务", 30), act("2025-05-10", "道德讲堂", "道德讲堂", 40),
      act("2025-06-20", "道德讲堂", "道德讲堂", 50), act("2025-06-20", "道德讲堂", "道德讲堂", 50, "人", "同日重复行"),
      // Two sessions told apart by their 备注 are two.
      act("2025-09-10", "文明礼仪培训", "会议培训", 30, "人", "上午场"), act("2025-09-10", "文明礼仪培训", "会议培训", 30, "人", "下午场"),
    ] },
  };
  const out = (await cli("check", await workbookFile(content))).out;
  expect(out).toContain("提示 活动台账!A7 [row.same-entry] 活动台账第7行与第6行的日期、名称、类型、人数完全相同，是否重复登记？如是，请删除其中一行，否则两行都会计入总结；如确是两件事，请在备注中写明区别。");
  expect(out.match(/\[row\.same-entry\]/gu)).toHaveLength(1);
});

it("D24: a 宣传投放 batch typed twice (same 类型, 位置, 数量, 日期) is a 提示 too; rows equal in every cell stay row.duplicate's", async () => {
  const ad = (备注?: string): Record<string, string | number> => ({ 类型: "公益广告", 位置或内容: "村主干道", 数量: 20, 单位: "块", 方式: "新设", 日期: "2025-03-01", ...(备注 ? { 备注 } : {}) });
  const out = (await cli("check", await workbookFile({
    profile: { 单位名称: "红星村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 宣传投放: [ad(), ad("补录"), ad("补录")] },
  }))).out;
  expect(out).toContain("提示 宣传投放!A4 [row.same-entry] 宣传投放第4行与第3行的类型、位置或内容、数量、日期完全相同，是否重复登记？如是，请删除其中一行，否则两行都会计入总结；如确是两件事，请在备注中写明区别。");
  expect(out).toContain("宣传投放!A5 [row.duplicate]");
  expect(out).not.toContain("宣传投放!A5 [row.same-entry]");
});

it("D26: a 宣传投放 row dated outside the period is a 提示 at its 日期 and left out of the text, as an activity is", async () => {
  const content = {
    profile: { 单位名称: "金桥社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 宣传投放: [
      { 类型: "公益广告", 位置或内容: "小区出入口", 数量: 20, 单位: "块", 方式: "新设", "投入金额（元）": 4000, 日期: "2025-03-01" },
      { 类型: "墙绘", 位置或内容: "村主干道文化墙", 数量: 300, 单位: "处", 方式: "新设", "投入金额（元）": 18000, 日期: "2025-08-01" },
    ] },
  };
  const out = (await cli("check", await workbookFile(content))).out;
  expect(out).toContain("提示 宣传投放!G4 [publicity.outside-period] 宣传投放日期2025年8月1日不在报告期（2025年1月1日至2025年6月30日）内，这一项（数量和投入金额）未计入总结；请核对日期或报告期。");
  expect(out).not.toContain("宣传投放!G3 [publicity.outside-period]");
  const text = await summaryTextOf(content);
  expect(text).toContain("公益广告20块");
  expect(text).not.toMatch(/300处|2\.2万元|18000/u);
});

it("D26: a 先进典型 title dated outside the period is a 提示: still told, the user asked to delete it", async () => {
  const out = (await cli("check", await workbookFile({
    profile: { 单位名称: "金桥社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 先进典型: [{ 荣誉名称: "金桥好人", 级别: "社区/村", 人数: 3, 日期: "2024-12-20" }] },
  }))).out;
  expect(out).toContain("提示 先进典型!F3 [honour.outside-period] 表彰日期2024年12月20日不在报告期（2025年1月1日至2025年6月30日）内，总结仍会写出这项荣誉；如是其他时期获得的，请删除这一行，否则请核对日期。");
});

it("D28: 每周1次 with 30次 and 每日 with 约120次 over a 上半年 are 提示s; the text tells the contradicted ones' totals alone (test 27, D1), clauses set apart by semicolons", async () => {
  const content = {
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 组织保障: [
      { 事项类型: "工作会议", 名称或内容: "召开创文推进会", 数量: "三十", 单位: "次", 频次: "每周1次" },
      { 事项类型: "督查检查", 名称或内容: "网格员巡查", 数量: "约120", 单位: "次", 频次: "每日" },
      // Holidays take some weeks away: 22 of 26 still says 每周1次.
      { 事项类型: "督查检查", 名称或内容: "楼道卫生检查", 数量: 22, 单位: "次", 频次: "每周1次" },
    ] },
  };
  const out = (await cli("check", await workbookFile(content))).out;
  expect(out).toContain("提示 组织保障!C3 [value.frequency-total] 频次“每周1次”在报告期（约6个月）内约为26次，与填写的30次不符，总结只写累计的30次，不写频次；请核对频次或数量。");
  expect(out).toContain("提示 组织保障!C4 [value.frequency-total] 频次“每日”在报告期（约6个月）内约为181次，与填写的120次不符，总结只写累计的120次，不写频次；请核对频次或数量。");
  expect(out).not.toContain("组织保障!C5 [value.frequency-total]");
  // The contradicted 频次 is not told: the total alone (new-user test 27, D1); clauses with commas are set apart by semicolons.
  const text = await summaryTextOf({ ...content, ledgers: { 组织保障: [...content.ledgers.组织保障, { 事项类型: "工作会议", 名称或内容: "召开例会", 数量: 6, 单位: "次", 频次: "每月1次" }] } });
  expect(text).toContain("　　累计召开创文推进会30次、开展网格员巡查约120次；坚持每周开展楼道卫生检查1次，累计开展22次；坚持每月召开例会1次，累计召开6次。\n");
});

it("D25: 我们的节日 rows whose 活动名称 names no festival are 提示s at 活动名称, the festival of the date suggested", async () => {
  const out = (await cli("check", await workbookFile({
    profile: { 单位名称: "红星村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 活动台账: [
      act("2025-01-29", "文艺汇演", "我们的节日", 120), act("2025-10-06", "中秋赏月晚会", "我们的节日", 80),
      act("2025-10-29", "敬老", "我们的节日", 40), act("2025-08-15", "广场舞展演", "我们的节日", 60), act("2025-10-01", "国庆节升旗仪式", "我们的节日", 90),
    ] },
  }))).out;
  expect(out).toContain("提示 活动台账!B3 [activity.festival-unnamed] “文艺汇演”是“我们的节日”活动，活动名称中没有写明节日（日期2025年1月29日在春节前后）：请在名称中写明节日，如“春节文艺汇演”，总结按节日归类写出这些活动。");
  expect(out).toContain("提示 活动台账!B5 [activity.festival-unnamed] “敬老”是“我们的节日”活动，活动名称中没有写明节日（日期2025年10月29日在重阳节前后）：请在名称中写明节日，如“重阳节敬老”，总结按节日归类写出这些活动。");
  expect(out).toContain("提示 活动台账!B6 [activity.festival-unnamed] “广场舞展演”是“我们的节日”活动，活动名称中没有写明节日：请在名称中写明节日（春节、元宵节、清明节、端午节、七夕节、中秋节、重阳节等），总结按节日归类写出这些活动。");
  expect(out.match(/\[activity\.festival-unnamed\]/gu)).toHaveLength(3);
});
