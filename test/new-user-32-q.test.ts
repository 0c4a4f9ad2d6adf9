/**
 * New-user test 32 (docs/new-user-test-pane-32.md), each defect as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

const village = { 单位名称: "青山村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "下半年" };

it("D4: an activity named for a campaign and an action (`人居环境整治集中清理`) is said as named, never `集中清理人居环境整治`", async () => {
  const text = await summaryTextOf({ profile: village, ledgers: { 活动台账: [{ 日期: "2025-07-15", 活动名称: "人居环境整治集中清理", 活动类型: "环境整治", 参与数量: "两百余", 单位: "人次" }] } });
  expect(text).not.toContain("集中清理人居环境整治");
  expect(text).toContain("7月15日开展“人居环境整治集中清理”活动，参与200余人次。");
});

it("D5: 墙绘 and 围挡公益广告 may be counted in 平方米, and are said so", async () => {
  const content: WorkbookContent = { profile: village, ledgers: { 宣传投放: [
    { 类型: "墙绘", 位置或内容: "村委会外墙", 数量: 800, 单位: "平方米", 方式: "新设", "投入金额（元）": 20000 },
    { 类型: "公益广告", 位置或内容: "村口", 数量: 12, 单位: "块", 方式: "新设" },
  ] } };
  const file = await workbookFile(content);
  expect((await cli("check", file)).out).not.toContain("value.enum");
  const text = await summaryTextOf(content);
  expect(text).toContain("墙绘800平方米");
  expect(text).not.toMatch(/墙绘800处|812/u);
});

it("D18: an 其他 problem whose 备注 says how it was found (`入户安检发现隐患`) is told with what was found and what was rectified", async () => {
  const gas: WorkbookContent = {
    profile: { 单位名称: "某某市燃气集团有限公司", 单位简称: "市燃气集团", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 360, 已整改数: 352, 单位: "处", 责任单位: "安检中心", 备注: "入户安检发现隐患" }] },
  };
  const text = await summaryTextOf(gas);
  expect(text).not.toMatch(/发现隐患352处/u);
  expect(text).toContain("入户安检发现隐患360处，已整改352处，整改率为97.8%。");
  expect(text).toContain("入户安检发现的隐患360处中尚有8处未整改到位");
  expect(text).toContain("市燃气集团整改入户安检发现的隐患352处。");
});
