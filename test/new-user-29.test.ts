/**
 * New-user test 29 (docs/new-user-test-pane-29.md): the defects fixed in the session that ran it, each as the tester
 * typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const grid = {
  profile: { 单位名称: "钟楼社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
  ledgers: { 组织保障: [{ 事项类型: "工作机制", 名称或内容: "网格化管理，划分网格１８个，每格配网格员", 数量: 18, 单位: "个" }] },
};

it("D1: `划分网格１８个` counted in 个 is no measure-word 提示 (never `应为“人”`)", async () => {
  const out = (await cli("check", await workbookFile(grid, "a.xlsx"))).out;
  expect(out).not.toContain("value.measure-word");
});

it("D2, D3: the row's 18 is not glued to 网格员 (never `每格配网格员18人`); full-width digits are written half-width", async () => {
  const text = await summaryTextOf(grid);
  expect(text).toContain("推行网格化管理，划分网格18个，每格配网格员。");
  expect(text).not.toMatch(/１|18人/u);
});

it("D4: 级别 系统内 — check proposes 本单位 as fix does, and fix writes 系统内 into the title, so the text says it was received", async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const file = await workbookFile({
    profile: { 单位名称: "国家税务总局某区税务局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 先进典型: [{ 荣誉名称: "岗位标兵", 级别: "系统内", 人数: 3 }] },
  }, "d.xlsx");
  const checked = (await cli("check", file)).out;
  expect(checked).toMatch(/先进典型!B3 \[value\.enum\] “级别”不能填“系统内”[^\n]*“本单位”/u);
  const fixed = join(mkdtempSync(join(tmpdir(), "cl-nu29-")), "d-fixed.xlsx");
  const fix = await cli("fix", file, "-o", fixed);
  expect(fix.out).toContain("“系统内”改为“本单位”（本系统评选的荣誉，级别没有此项，选“本单位”，荣誉名称写明“系统内”）");
  expect(fix.out).toContain("“岗位标兵”改为“系统内岗位标兵”");
  const text = (await cli("summarize", fixed, "--text", "-")).out;
  expect(text).toContain("3人获评系统内“岗位标兵”");
  expect(text).not.toContain("评选表彰岗位标兵");
});

it("D6: a 落实情况 that restates the plan is said alone under 落实上期工作打算", async () => {
  const { planOutcome } = await import("../src/core/narrative/compose");
  expect(planOutcome("完成剩余2个老旧小区改造。", "已完成剩余2个老旧小区改造，惠及居民320户。")).toBe("已完成剩余2个老旧小区改造，惠及居民320户");
  expect(planOutcome("推进老旧小区改造", "完成钟楼巷等3个老旧小区改造，惠及居民460户。")).toBe("完成钟楼巷等3个老旧小区改造，惠及居民460户");
  // One that does not name the plan keeps both, the plan framed as the plan (new-user test 34, D5).
  expect(planOutcome("开展垃圾分类宣传", "发放宣传单2000份，入户宣传800户。")).toBe("针对上期提出的“开展垃圾分类宣传”，本期发放宣传单2000份，入户宣传800户");
});

it("D8: a street's roll-up keeps its communities' 约数: three 百余次 of 网格员巡查 are `300余次`", async () => {
  const { rolledUpText } = await import("./support/rollup");
  const org = { 组织保障: [{ 事项类型: "督查检查", 名称或内容: "网格员巡查", 数量: "百余", 单位: "次" }] };
  const text = await rolledUpText("城南街道办事处", "街道", [["幸福社区", "社区", org], ["向阳社区", "社区", org], ["和平社区", "社区", org]]);
  expect(text).toContain("开展督查检查300余次");
});

it("D9: screens the departments 维护 are 维护 in the 区直机关工委's roll-up, never 设置", async () => {
  const { rolledUpText } = await import("./support/rollup");
  const screens = { 宣传投放: [{ 类型: "电子屏", 位置或内容: "办税服务厅电子屏滚动播放", 数量: 2, 单位: "块", 方式: "维护" }] };
  const text = await rolledUpText("区直机关工委", "机关部门", [["区税务局", "机关部门", screens], ["区住建局", "机关部门", screens], ["区司法局", "机关部门", screens]]);
  expect(text).toContain("维护电子屏6块");
  expect(text).not.toContain("设置电子屏");
});

it("D13: 其他指标 without a verb are no verbless fragments: `垃圾分类覆盖500户`, `现有广场舞队伍3支`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "新华社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: { 其他指标: [{ 板块: "环境整治", 指标名称: "垃圾分类", 数值: 500, 单位: "户" }, { 板块: "文体活动", 指标名称: "广场舞队伍", 数值: 3, 单位: "支" }] },
  });
  expect(text).toContain("垃圾分类覆盖500户");
  expect(text).toContain("现有广场舞队伍3支");
  expect(text).not.toMatch(/[。，]垃圾分类500户|[。，]广场舞队伍3支/u);
});

it("D15: a 文字材料 row typed twice is said to be told once, as the summary does", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "新华社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 5, 已整改数: 5, 单位: "处" }], 文字材料: [{ 类型: "存在不足", 内容: "居民参与度不高" }, { 类型: "存在不足", 内容: "居民参与度不高" }] },
  }, "j.xlsx");
  expect((await cli("check", file)).out).toContain("提示 文字材料!A4 [row.duplicate] 第4行与第3行内容完全相同，可能重复录入；总结只写一次。请删除重复的一行。");
});

it("D18: after `4个社区成立了……` the same four are not named again: `共建立完善工作机制4项`", async () => {
  const { rolledUpText } = await import("./support/rollup");
  const org = { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创建工作领导小组" }, { 事项类型: "工作机制", 名称或内容: "建立网格巡查机制" }] };
  const none = { 问题整改: [{ 问题类别: "卫生死角", 发现数: 5, 已整改数: 5, 单位: "处" }] };
  const text = await rolledUpText("城南街道办事处", "街道", [["幸福社区", "社区", org], ["向阳社区", "社区", org], ["和平社区", "社区", org], ["光明社区", "社区", org], ["东湖社区", "社区", none]]);
  expect(text).toContain("4个社区成立创建工作领导小组，共建立完善工作机制4项");
});

it("D20: a 荣誉名称 with a name and ID number cut leaves no space before the figure", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "新华社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 先进典型: [{ 荣誉名称: "社区好人 孙八 320102198001011234", 级别: "社区/村", 人数: 2, 姓名: "孙八" }] },
  });
  expect(text).not.toMatch(/孙八|320102| 2人/u);
  expect(text).toMatch(/社区好人(?:”)?2人/u);
});

it("D20: the holder's name typed beside a number in the 荣誉名称 is not printed, even without 姓名", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "新华社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 先进典型: [{ 荣誉名称: "社区好人 孙八 320102198001011234", 级别: "社区/村", 人数: 2 }] },
  });
  expect(text).not.toMatch(/孙八|320102| 2人/u);
  expect(text).toMatch(/社区好人(?:”)?2人/u);
});

it("D7: the 附表's change of 宣传投入金额 stays in its row's 元 (never `减少2.86万元` under 元)", async () => {
  const half = (period: string, day: string, spend: number) => ({
    profile: { 单位名称: "钟楼社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: period },
    ledgers: { 宣传投放: [{ 类型: "公益广告", 位置或内容: "老街沿线", 数量: 10, 单位: "块", "投入金额（元）": spend, 日期: `${day}10` }] },
  });
  const earlier = await workbookFile(half("上半年", "2025-04-", 33600), "h1.xlsx");
  const now = await workbookFile(half("下半年", "2025-10-", 5000), "h2.xlsx");
  const text = (await cli("summarize", now, "--previous", earlier, "--appendix", "--text", "-")).out;
  expect(text).toContain("宣传投入金额\t5000\t元\t33600\t减少28600元，下降85.1%");
});
