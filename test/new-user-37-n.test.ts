/**
 * New-user test 37 (docs/new-user-test-pane-37.md): defects D3, D4, D14 and D16, each as the tester typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

it("D4: a 简要内容 that says when (每逢农历三、六、九集日) is the when of the activity, never `内容包括…`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青石镇人民政府", 单位简称: "青石镇", 单位类型: "乡镇", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 活动台账: [
      { 日期: "2025-09-10", 活动名称: "集市文明劝导", 活动类型: "志愿服务", 参与数量: 480, 单位: "人次", 地点: "青石集", 简要内容: "每逢农历三、六、九集日" },
    ] },
  });
  expect(text).toContain("每逢农历三、六、九集日在青石集开展“集市文明劝导”志愿服务活动，参与480人次。");
  expect(text).not.toContain("内容包括每逢");
});

it("D14: a name X修订 is the action on X (`修订完善村规民约`), a name that opens with its verb (`评议道德红黑榜`) takes no 开展", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [{ 事项类型: "工作机制", 名称或内容: "村规民约修订", 数量: 1, 单位: "项" }],
      其他指标: [{ 板块: "道德建设", 指标名称: "评议道德红黑榜", 数值: 2, 单位: "次" }],
    },
  });
  expect(text).toContain("修订完善村规民约。");
  expect(text).not.toContain("落实村规民约修订");
  expect(text).toContain("评议道德红黑榜2次");
  expect(text).not.toContain("开展评议");
});

it("D3: a “三方联席”议事机制 held 每月1次 is a meeting, 召开-ed: never `每月调度1次`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "锦绣华庭社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 组织保障: [{ 事项类型: "工作机制", 名称或内容: "物业、业委会、居委会“三方联席”议事机制", 频次: "每月1次" }] },
  });
  expect(text).toContain("建立物业、业委会、居委会“三方联席”议事机制，坚持每月召开联席会议1次。");
});

it("D16: a 班前会 held 每日, 22 in a month of 22 working days, keeps its 频次 and is no 提示; a patrol 每日 still counts every day", async () => {
  const content = (name: string): Parameters<typeof workbookFile>[0] => ({
    profile: { 单位名称: "国网城南供电公司城关营业厅", 单位简称: "城关营业厅", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "月度", 起始日期: "2025-03-01" },
    ledgers: { 组织保障: [{ 事项类型: name === "班前会" ? "工作会议" : "督查检查", 名称或内容: name, 数量: 22, 单位: "次", 频次: "每日" }] },
  });
  expect(await summaryTextOf(content("班前会"))).toContain("　　坚持每日召开班前会，累计召开22次。\n");
  expect((await cli("check", await workbookFile(content("班前会")))).out).not.toContain("[value.frequency-total]");
  // A patrol goes on every day: 22 of 31 still contradicts 每日.
  expect((await cli("check", await workbookFile(content("营业厅周边巡查")))).out).toContain("提示 组织保障!C3 [value.frequency-total] 频次“每日”在报告期（约1个月）内约为31次，与填写的22次不符，总结只写累计的22次，不写频次；请核对频次或数量。");
});
