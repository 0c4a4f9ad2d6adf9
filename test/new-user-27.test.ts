/**
 * New-user test 27 (docs/new-user-test-pane-27.md): the defects fixed in the session that ran it, each as the tester
 * typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

it("D13: a 2025 全年 summary signed on 2026年12月5日 is said on stderr to be signed more than half a year after the period", async () => {
  const profile = { 单位名称: "中共某县县直机关工作委员会", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" };
  const ledgers = { 问题整改: [{ 问题类别: "卫生死角", 发现数: 5, 已整改数: 5, 单位: "处" }] };
  const file = await workbookFile({ profile, ledgers }, "dept_sum.xlsx");
  const late = await cli("summarize", file, "--text", "-", "--date", "2026-12-05");
  expect(late.code).toBe(0);
  expect(late.err).toContain("成文日期2026年12月5日距报告期截止日期2025年12月31日已超过半年，总结的落款将是这一天。请核对：可用 --date 指定成文日期，或在基本信息中填写“成文日期”。\n");
  expect(late.out).toContain("2026年12月5日");
  // Written in the weeks after the period: nothing said.
  const onTime = await cli("summarize", file, "--text", "-", "--date", "2026-01-15");
  expect(onTime.err).not.toContain("成文日期");
});

it("D1: a 频次 its total contradicts (每月2次, 三十次 in a 上半年) is not told: the total alone", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "钟楼社区居民委员会", 单位简称: "钟楼社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 组织保障: [
      { 事项类型: "工作会议", 名称或内容: "创文推进会", 数量: "三十", 单位: "次", 频次: "每月2次" },
      { 事项类型: "督查检查", 名称或内容: "网格员巡查", 频次: "每日" },
    ] },
  });
  expect(text).toContain("　　累计召开创文推进会30次，坚持每日开展网格员巡查。\n");
  expect(text).not.toContain("每月");
});
