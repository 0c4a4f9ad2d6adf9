/**
 * New-user test 28 (docs/new-user-test-pane-28.md): the defects fixed in the session that ran it, each as the tester
 * typed it. D8 (the 整改率's change after the 上期遗留 sentence) is in test/next-period-summary.test.ts.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

it("D5, D7: 80 + 15 + 百余 found beside 191 rectified is `195处以上`, never `191处以上`; the remainder with a comma of its own comes last (nu32 D2: no `；` inside an enumerated item)", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "南门农贸市场", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [
      { 问题类别: "乱摆卖", 发现数: 80, 已整改数: 76, 单位: "处" },
      { 问题类别: "卫生死角", 发现数: 15, 已整改数: 15, 单位: "处" },
      { 问题类别: "流动摊点", 发现数: "百余", 已整改数: 100, 单位: "处" },
    ] },
  });
  // Found 100余 + 95 beside 191 rectified: the parts itemised, no total (review run 27, 材料3 item 2).
  expect(text).toContain("排查发现流动摊点100余处、乱摆乱卖80处、卫生死角15处，已整改191处。");
  expect(text).toContain("乱摆乱卖80处中尚有4处未整改到位，需持续跟进。");
});

it("D1: `楼栋长每日巡查` with 频次 每日 keeps its 每日 (never `楼栋长每巡查`)", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "锦绣华庭社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 组织保障: [
      { 事项类型: "工作会议", 名称或内容: "物业、业委会联席会议", 数量: 6, 单位: "次", 频次: "每月1次" },
      { 事项类型: "督查检查", 名称或内容: "楼栋长每日巡查", 频次: "每日" },
    ] },
  });
  expect(text).toContain("坚持每月召开物业、业委会联席会议1次，累计召开6次；开展楼栋长每日巡查。");
});

it("D2: a 其他指标 `注册志愿者服务时长` 3600小时 beside the ledger's 380 is a 提示, and the text tells the ledger's alone", async () => {
  const content = {
    profile: { 单位名称: "锦绣华庭社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      志愿服务: [{ 队伍名称: "红马甲", 队伍类型: "党员志愿者", 注册人数: 50, "服务时长（小时）": 260 }, { 队伍名称: "蓝马甲", 队伍类型: "青年志愿者", 注册人数: 30, "服务时长（小时）": "１２０" }],
      其他指标: [{ 板块: "志愿服务", 指标名称: "注册志愿者服务时长", 数值: "3,600", 单位: "小时" }],
    },
  };
  const out = (await cli("check", await workbookFile(content, "a.xlsx"))).out;
  expect(out).toContain("提示 其他指标!C3 [figure.repeats-ledger] “注册志愿者服务时长”3600小时与志愿服务台账的服务时长合计380小时不一致，总结只写台账的380小时，不写这一行；请核对后改正台账或删去这一行。");
  const text = await summaryTextOf(content);
  expect(text).toContain("服务时长380小时。");
  expect(text).not.toContain("3600");
  expect(text).toContain("　　2025年上半年，锦绣华庭社区居民委员会扎实推进创建工作，现有注册志愿者80人。现将有关情况总结如下。\n");
});

it("D4: 级别 typed 乡镇 gets the 街道/乡镇 hint, as 区级 gets 县/区", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 先进典型: [{ 荣誉名称: "好媳妇", 级别: "乡镇", 人数: 2 }, { 荣誉名称: "文明家庭", 级别: "区级", 人数: 1 }] },
  }, "b.xlsx");
  const out = (await cli("check", file)).out;
  expect(out).toMatch(/先进典型!B3 \[value\.enum\] “级别”不能填“乡镇”[^\n]*“街道\/乡镇”/u);
  expect(out).toMatch(/先进典型!B4 \[value\.enum\] “级别”不能填“区级”[^\n]*“县\/区”/u);
});

it("D22: `带队：李四，身份证号…` in 简要内容 leaves no name in the text (never `以李四为主要内容`)", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "锦绣华庭社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 活动台账: [{ 日期: "2025.4.5", 活动名称: "清明节", 活动类型: "我们的节日", 参与数量: 10, 单位: "人", 简要内容: "带队：李四，身份证号11010119900202222X" }] },
  });
  expect(text).toContain("4月5日开展清明节主题活动，参与10人。");
  expect(text).not.toMatch(/李四|主要内容/u);
});

it("D23: `next` on a roll-up is refused with the way to its next period, never carried with last period's 汇总 sheet", async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "cl-nu28-"));
  const village = (name: string) => ({
    profile: { 单位名称: name, 单位类型: "村", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 10, 已整改数: 10, 单位: "处" }] },
  });
  const a = await workbookFile(village("石桥村村民委员会"), "a.xlsx");
  const b = await workbookFile(village("柳塘村村民委员会"), "b.xlsx");
  const town = join(dir, "town.xlsx");
  expect((await cli("rollup", a, b, "-o", town, "--unit", "白沙镇人民政府")).code).toBe(0);
  const next = await cli("next", town, "-o", join(dir, "town_next.xlsx"));
  expect(next.code).toBe(2);
  expect(next.err).toContain("这是汇总台账（由各单位的台账汇总而成），不能开始下一期：下一期请各单位各自开始下一期、填好后重新汇总。");
});

it("D24: 区人民医院 typed 社区 is a 提示 at 单位类型; a 社区's own 党群服务中心 typed 社区 is not", async () => {
  const ledgers = { 问题整改: [{ 问题类别: "卫生死角", 发现数: 5, 已整改数: 5, 单位: "处" }] };
  const wrong = await workbookFile({ profile: { 单位名称: "区人民医院", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" }, ledgers }, "e.xlsx");
  expect((await cli("check", wrong)).out).toMatch(/提示 基本信息!B\d+ \[profile\.type-name\] 单位名称“区人民医院”看起来是企事业单位，单位类型却是“社区”，总结会按社区的口吻写（标题、用语都不同）；请核对单位类型。/u);
  const fine = await workbookFile({ profile: { 单位名称: "幸福里社区党群服务中心", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" }, ledgers }, "f.xlsx");
  expect((await cli("check", fine)).out).not.toContain("profile.type-name");
});
