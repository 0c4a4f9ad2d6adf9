/**
 * Review run 33 (docs/reviews/run-33-fc211cb-tester65-66-reviewer-AW.md), reviewer AW: 材料10 (t66-shequ) item 4 (the unit's
 * registered volunteers in 其他指标 not told; the 注册率 judged on the teams' sum), 材料10 item 3 (`联合党员志愿服务队`, one of
 * the unit's own teams by a shortening of its name), 材料6 (t66-canlian) item 6 (`发放残疾人两项补贴3600人`) and 材料4
 * (t65-tobacco) item 6 (the bare `帮扶资金1.5万余元。`).
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const shequ = { 单位名称: "云川县河西街道幸福里社区居民委员会", 单位类型: "社区", 上级指导单位: "河西街道党工委", 报告年度: 2025, 报告期: "上半年", 常住人口: "约6800", 户数: 2100 };
const teams = [
  { 队伍名称: "幸福里党员志愿服务队", 队伍类型: "党员志愿者", 注册人数: 86, 服务次数: 6, "服务时长（小时）": 320 },
  { 队伍名称: "夕阳红志愿服务队", 队伍类型: "老年志愿者", 注册人数: 42, 服务次数: 60, "服务时长（小时）": 200 },
  { 队伍名称: "巾帼志愿服务队", 队伍类型: "巾帼志愿者", 注册人数: 35, 服务次数: 48, "服务时长（小时）": 150 },
];
const open = [{ 问题类别: "占道经营", 发现数: 15, 已整改数: 12, 单位: "处" }];

it("材料10 item 4: 其他指标 `注册志愿者` 1350人 is the unit's total, its teams' 163 a part; its rate is no shortfall", async () => {
  const text = await summaryTextOf({
    profile: shequ,
    ledgers: { 志愿服务: teams, 问题整改: open, 其他指标: [{ 板块: "志愿服务", 指标名称: "注册志愿者", 数值: 1350, 单位: "人" }] },
  });
  expect(text).toContain("现有注册志愿者1350人，其中幸福里党员志愿服务队、夕阳红志愿服务队和巾帼志愿服务队共3支队伍163人（党员志愿者86人、巾帼志愿者35人、老年志愿者42人），志愿者注册率达10%以上；累计开展志愿服务114次，服务时长670小时。");
  expect(text).not.toContain("比例偏低");
});

it("材料10 item 4: `check` says no `figure.repeats-ledger` of a total above the teams' (told with them); one below them it still says", async () => {
  const above = await workbookFile({ profile: shequ, ledgers: { 志愿服务: teams, 其他指标: [{ 板块: "志愿服务", 指标名称: "注册志愿者", 数值: 1350, 单位: "人" }] } }, "oi-above.xlsx");
  expect((await cli("check", above)).out).not.toContain("repeats-ledger");
  const below = await workbookFile({ profile: shequ, ledgers: { 志愿服务: teams, 其他指标: [{ 板块: "志愿服务", 指标名称: "注册志愿者", 数值: 100, 单位: "人" }] } }, "oi-below.xlsx");
  expect((await cli("check", below)).out).toContain("[figure.repeats-ledger] “注册志愿者”100人与志愿服务台账的注册人数合计163人不一致");
});

it("材料10 item 4: the teams' 163 alone (no 其他指标 total) is still judged low, and a 其他指标 figure at the teams' sum is theirs", async () => {
  for (const figures of [[], [{ 板块: "志愿服务", 指标名称: "注册志愿者", 数值: 163, 单位: "人" }]]) {
    const text = await summaryTextOf({ profile: shequ, ledgers: { 志愿服务: teams, 问题整改: open, 其他指标: figures } });
    expect(text).toContain("共3支队伍，注册志愿者163人，其中党员志愿者86人");
    expect(text).toContain("志愿者注册人数占常住人口比例偏低");
  }
});

it("材料10 item 3: a 主办或协办单位 that shortens one of the unit's own teams' names is 组织-ed by its full name, never 联合-ed", async () => {
  const text = await summaryTextOf({
    profile: shequ,
    ledgers: {
      志愿服务: teams,
      活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋日集中清扫", 活动类型: "志愿服务", 参与数量: 150, 单位: "人次", 地点: "幸福里小区", 主办或协办单位: "党员志愿服务队" }],
    },
  });
  expect(text).toContain("3月5日组织幸福里党员志愿服务队在幸福里小区开展“学雷锋日集中清扫”志愿服务活动，参与150人次。");
  expect(text).not.toContain("联合党员志愿服务队");
});

it("材料6 item 6: `发放残疾人两项补贴` 3600人 counts the recipients: `为3600名残疾人发放两项补贴`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "云川县残疾人联合会", 单位简称: "县残联", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 其他指标: [{ 板块: "关爱帮扶", 指标名称: "发放残疾人两项补贴", 数值: 3600, 单位: "人" }, { 板块: "关爱帮扶", 指标名称: "适配辅助器具", 数值: 210, 单位: "件" }] },
  });
  expect(text).toContain("为3600名残疾人发放两项补贴，适配辅助器具210件。");
  expect(text).not.toContain("补贴3600人");
});

it("材料4 item 6: a fund named by its use (`帮扶资金` 1.5万余元) was put in: `投入帮扶资金1.5万余元`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "澄江县烟草专卖局", 单位简称: "我局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      活动台账: [{ 日期: "2025-09-10", 活动名称: "到右所村慰问困难户", 活动类型: "关爱帮扶", 参与数量: 15, 单位: "户", 地点: "右所村" }],
      其他指标: [{ 板块: "关爱帮扶", 指标名称: "帮扶资金", 数值: 15000, 单位: "元", 表述: "余" }],
    },
  });
  expect(text).toContain("投入帮扶资金1.5万余元。");
  expect(text).not.toMatch(/(?:^|[。，；])帮扶资金/u);
});
