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

it("D17: 99999999 注册志愿者 in a 村 whose 常住人口 is 0 — both are 提示s", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "青山乡石门村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "全年", 常住人口: 0, 户数: 512 },
    ledgers: { 志愿服务: [{ 队伍名称: "石门村志愿服务队", 队伍类型: "综合志愿者", 注册人数: 99999999, "服务时长（小时）": 300 }, { 队伍名称: "巾帼志愿队", 队伍类型: "巾帼志愿者", 注册人数: 30 }] },
  }, "bad_values.xlsx");
  const out = (await cli("check", file)).out;
  expect(out).toMatch(/提示 基本信息!B\d+ \[profile\.population-zero\] 常住人口填的是0，总结不写常住人口，也不计算志愿者注册率；请填写实际人数，不清楚可留空。/u);
  expect(out).toContain("提示 志愿服务!C3 [volunteer.members-implausible] 志愿服务各队注册人数合计100000029人，超过一个村可能有的人数（5万），请核对是否多输了数字；总结会照此写出。");
  // A village of plausible size says nothing.
  const fine = await workbookFile({
    profile: { 单位名称: "石门村", 单位类型: "村", 报告年度: 2025, 报告期: "全年", 户数: 512 },
    ledgers: { 志愿服务: [{ 队伍名称: "石门村志愿服务队", 队伍类型: "综合志愿者", 注册人数: 120 }] },
  }, "fine.xlsx");
  expect((await cli("check", fine)).out).not.toMatch(/members-implausible|population-zero/u);
});

it("D9: fewer 公益广告 put up than last period is no 不足 (last period's still stand); fewer volunteer hours is", async () => {
  const half = (period: string, day: string, ads: number, hours: number) => ({
    profile: { 单位名称: "钟楼社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: period, 常住人口: 12000, 户数: 4000 },
    ledgers: {
      宣传投放: [{ 类型: "公益广告", 位置或内容: "老街沿线", 数量: ads, 单位: "块", 方式: "新设", 日期: `${day}10` }],
      志愿服务: [{ 队伍名称: "红马甲志愿服务队", 队伍类型: "党员志愿者", 注册人数: 95, "服务时长（小时）": hours }],
      活动台账: [{ 日期: `${day}12`, 活动名称: "诚实守信道德讲堂", 活动类型: "道德讲堂", 参与数量: 40, 单位: "人" }],
    },
  });
  const earlier = await workbookFile(half("上半年", "2025-04-", 120, 390), "a_h1.xlsx");
  const now = await workbookFile(half("下半年", "2025-10-", 60, 200), "a_h2.xlsx");
  const text = (await cli("summarize", now, "--previous", earlier, "--text", "-")).out;
  expect(text).toContain("志愿服务时长200小时，较上半年减少190小时，下降48.7%");
  expect(text).not.toContain("公益广告较上半年减少");
});
